use sayso_tests::{run_cli, TestDb};

#[tokio::test]
async fn demo_can_run_twice_without_adding_anything() {
    let db = TestDb::new().await;
    let (ok, out, err) = run_cli(&db, &["demo"], &[]);
    assert!(ok, "{err}");
    assert!(
        out.contains("officer@demo.sayso.test"),
        "the demo login is printed: {out}"
    );
    let (ok, _, err) = run_cli(&db, &["demo"], &[]);
    assert!(ok, "second run: {err}");
    let pool_count = |sql: &'static str| {
        let url = db.url.clone();
        async move {
            if sayso_tests::using_postgres() {
                let p = sqlx::PgPool::connect(&url).await.unwrap();
                sqlx::query_scalar::<_, i64>(sql).fetch_one(&p).await.unwrap()
            } else {
                let p = sqlx::SqlitePool::connect(&url).await.unwrap();
                sqlx::query_scalar::<_, i64>(sql).fetch_one(&p).await.unwrap()
            }
        }
    };
    assert_eq!(pool_count("SELECT COUNT(*) FROM orgs").await, 1);
    assert_eq!(pool_count("SELECT COUNT(*) FROM themes").await, 10);
    assert_eq!(pool_count("SELECT COUNT(*) FROM feedback").await, 5);
    // The demo officer and the demo safeguarding lead.
    assert_eq!(pool_count("SELECT COUNT(*) FROM users").await, 2);
    assert_eq!(
        pool_count("SELECT COUNT(*) FROM actions WHERE published = TRUE").await,
        2
    );
}

#[tokio::test]
async fn an_admin_can_add_an_organisation_and_its_staff_from_the_command_line() {
    let db = TestDb::new().await;
    let (ok, _, err) = run_cli(&db, &["migrate"], &[]);
    assert!(ok, "{err}");
    let (ok, out, err) = run_cli(&db, &["org", "add", "northshire", "--name", "Northshire Council"], &[]);
    assert!(ok, "{err}");
    assert!(out.contains("Northshire Council"));
    let (ok, _, err) = run_cli(&db, &["org", "add", "northshire", "--name", "Again"], &[]);
    assert!(!ok && err.contains("already exists"), "{err}");
    let (ok, _, err) = run_cli(&db, &["org", "add", "Bad Slug!", "--name", "X"], &[]);
    assert!(!ok && err.contains("cannot be used"), "{err}");

    let add = |role: &str, password: &str| {
        run_cli(
            &db,
            &[
                "user",
                "add",
                "--org",
                "northshire",
                "--email",
                "lead@northshire.example",
                "--role",
                role,
            ],
            &[("SAYSO_PASSWORD", password)],
        )
    };
    let (ok, _, err) = add("safeguarding", "a long enough password");
    assert!(ok, "{err}");
    let (ok, _, err) = add("wizard", "a long enough password");
    assert!(!ok && err.contains("unknown role"), "{err}");
    let (ok, _, err) = add("officer", "short");
    assert!(!ok && err.contains("at least"), "{err}");
    let (ok, _, err) = run_cli(
        &db,
        &[
            "user",
            "add",
            "--org",
            "nowhere",
            "--email",
            "x@y.example",
            "--role",
            "admin",
        ],
        &[("SAYSO_PASSWORD", "a long enough password")],
    );
    assert!(!ok && err.contains("no organisation"), "{err}");
}

#[tokio::test]
async fn backup_writes_a_copy_that_holds_every_message() {
    if sayso_tests::using_postgres() {
        return; // PostgreSQL is backed up with pg_dump (README).
    }
    let db = TestDb::new().await;
    assert!(run_cli(&db, &["demo"], &[]).0);
    let dir = sayso_tests::TempDir::new();
    let copy = dir.path.join("copy.db");
    let (ok, _, err) = run_cli(&db, &["backup", copy.to_str().unwrap()], &[]);
    assert!(ok, "{err}");
    let p = sqlx::SqlitePool::connect(&format!("sqlite://{}", copy.display()))
        .await
        .unwrap();
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback")
        .fetch_one(&p)
        .await
        .unwrap();
    assert_eq!(n, 5);
}
