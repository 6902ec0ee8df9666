//! Surveys: officers build and publish them, young people answer
//! anonymously a screen at a time, and results keep small numbers hidden.

use sayso_tests::{add_user, run_cli, sign_in, SmtpSink, TestApp, OFFICER, TEST_PASSWORD};
use serde_json::{json, Value};

fn new_survey() -> Value {
    json!({
        "slug": "your-home",
        "title": "Your home",
        "intro": "Tell us about where you live.",
        "intro_by_band": {"4-7": "About your home."},
        "questions": [
            {"id": "happy", "kind": "faces", "text": "How happy are you where you live?",
             "text_by_band": {"4-7": "Is home nice?"}},
            {"id": "own-room", "kind": "yes_no", "text": "Do you have your own room?"},
            {"id": "best", "kind": "single", "text": "What is best about your home?",
             "options": [{"id": "people", "text": "The people"}, {"id": "place", "text": "The place",
                          "text_by_band": {"4-7": "My house"}}]},
            {"id": "want", "kind": "multiple", "text": "What would make it better?",
             "options": [{"id": "wifi", "text": "Better wifi"}, {"id": "pets", "text": "A pet"},
                         {"id": "quiet", "text": "Somewhere quiet"}]},
            {"id": "words", "kind": "text", "text": "Anything else?"}
        ],
        "audience": {"age_bands": ["4-7", "8-11", "12-17"], "care_statuses": ["in_care"]},
        "opens_on": "2020-01-01",
        "closes_on": "2099-12-31"
    })
}

async fn post_json(client: &reqwest::Client, url: String, body: &Value) -> (u16, Value) {
    let r = client.post(url).json(body).send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn put_json(client: &reqwest::Client, url: String, body: &Value) -> (u16, Value) {
    let r = client.put(url).json(body).send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn get_json(client: &reqwest::Client, url: String) -> (u16, Value) {
    let r = client.get(url).send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn respond(app: &TestApp, survey: &str, body: Value) -> (u16, Value) {
    post_json(
        &app.client,
        app.url(&format!("/api/v1/orgs/demo/surveys/{survey}/responses")),
        &body,
    )
    .await
}

fn answer<'a>(results: &'a Value, question: &str, key: &str) -> &'a Value {
    let q = results["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == question)
        .unwrap_or_else(|| panic!("no question {question}"));
    q["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["answer"] == key)
        .unwrap_or_else(|| panic!("no answer {key}"))
}

/// Every count shown anywhere in a results document.
fn shown_counts(v: &Value, out: &mut Vec<u64>) {
    match v {
        Value::Object(map) => {
            if let (Some(Value::Number(n)), Some(Value::String(_))) = (map.get("count"), map.get("shown")) {
                out.push(n.as_u64().unwrap());
            }
            map.values().for_each(|v| shown_counts(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| shown_counts(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn an_officer_builds_a_survey_young_people_answer_it_and_results_add_up() {
    let app = TestApp::spawn().await;
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let (status, created) = post_json(&officer, app.url("/api/v1/orgs/demo/surveys"), &new_survey()).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["slug"], "your-home");
    assert_eq!(created["status"], "draft");

    // A draft is not open: not listed for young people, and answers wait.
    let (_, open) = get_json(&app.client, app.url("/api/v1/orgs/demo/surveys")).await;
    assert!(!open.as_array().unwrap().iter().any(|s| s["slug"] == "your-home"));
    let (status, _) = respond(&app, "your-home", json!({"age_band": "8-11", "answers": {"happy": 4}})).await;
    assert_eq!(status, 409, "a draft takes no answers");

    let (status, published) = post_json(
        &officer,
        app.url("/api/v1/orgs/demo/surveys/your-home/publish"),
        &json!({}),
    )
    .await;
    assert_eq!((status, published["status"].as_str()), (200, Some("open")));
    let (_, open) = get_json(&app.client, app.url("/api/v1/orgs/demo/surveys")).await;
    let listed = open
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "your-home")
        .unwrap();
    assert_eq!(listed["title"], "Your home");
    assert_eq!(listed["closes_on"], "2099-12-31");
    assert!(listed.get("status").is_none(), "young people see no status");
    let (_, all) = get_json(&officer, app.url("/api/v1/orgs/demo/surveys")).await;
    let wellbeing = all
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "wellbeing")
        .unwrap();
    assert_eq!(wellbeing["status"], "open");

    // Worded for the age band.
    let (status, young) = get_json(&app.client, app.url("/api/v1/orgs/demo/surveys/your-home?age_band=4-7")).await;
    assert_eq!(status, 200);
    assert_eq!(young["intro"], "About your home.");
    assert_eq!(young["questions"][0]["text"], "Is home nice?");
    assert_eq!(young["questions"][0]["kind"], "faces");
    assert_eq!(young["questions"][0]["options"].as_array().unwrap().len(), 5);
    assert_eq!(young["questions"][1]["options"][2]["id"], "not_sure");
    assert_eq!(
        young["questions"][2]["options"][1],
        json!({"id": "place", "text": "My house"})
    );
    let (_, older) = get_json(
        &app.client,
        app.url("/api/v1/orgs/demo/surveys/your-home?age_band=12-17"),
    )
    .await;
    assert_eq!(older["questions"][0]["text"], "How happy are you where you live?");

    // Twelve young people answer; some a screen at a time.
    for i in 0..12 {
        let band = if i < 6 { "8-11" } else { "12-17" };
        let (status, created) = respond(
            &app,
            "your-home",
            json!({"age_band": band, "care_status": "in_care", "answers": {"happy": if i < 7 { 5 } else { 2 }}}),
        )
        .await;
        assert_eq!(status, 201, "{created}");
        assert_eq!(created["urgent"], false);
        let id = created["response_id"].as_str().unwrap();
        let url = app.url(&format!("/api/v1/orgs/demo/surveys/your-home/responses/{id}"));
        let (status, _) = put_json(
            &app.client,
            url.clone(),
            &json!({"answers": {"own-room": "yes", "best": "people", "want": ["wifi", "quiet"]}}),
        )
        .await;
        assert_eq!(status, 200);
    }
    let (status, closed) = post_json(
        &officer,
        app.url("/api/v1/orgs/demo/surveys/your-home/close"),
        &json!({}),
    )
    .await;
    assert_eq!((status, closed["status"].as_str()), (200, Some("closed")));
    let (status, _) = respond(&app, "your-home", json!({"answers": {"happy": 3}})).await;
    assert_eq!(status, 409, "a closed survey takes no answers");

    let (status, results) = get_json(&officer, app.url("/api/v1/orgs/demo/surveys/your-home/results")).await;
    assert_eq!(status, 200, "{results}");
    assert_eq!(results["responses"]["count"], 12);
    assert_eq!(answer(&results, "happy", "5")["count"]["count"], 7);
    assert_eq!(answer(&results, "happy", "2")["count"]["count"], 5);
    assert_eq!(answer(&results, "happy", "1")["count"]["count"], 0);
    assert_eq!(answer(&results, "happy", "5")["percent"], 58.3);
    assert_eq!(answer(&results, "own-room", "yes")["count"]["count"], 12);
    assert_eq!(answer(&results, "want", "wifi")["count"]["count"], 12);
    assert_eq!(answer(&results, "want", "pets")["count"]["count"], 0);
    let happy = &results["questions"][0];
    let band = happy["by_age_band"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"] == "8-11")
        .unwrap();
    assert_eq!(band["answered"]["count"], 6);
    let care = happy["by_care_status"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"] == "in_care")
        .unwrap();
    assert_eq!(care["answered"]["count"], 12);

    let r = officer
        .get(app.url("/api/v1/orgs/demo/surveys/your-home/results?format=csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = r.text().await.unwrap();
    assert!(csv.starts_with("question_id,question,group_by,group,answer,label,count,percent"));
    assert!(
        csv.contains("happy,How happy are you where you live?,all,all,5,Very happy,7,58.3"),
        "{csv}"
    );

    // Board members read results too; the OpenAPI document lists surveys.
    add_user(&app, "demo", "board@demo.sayso.test", "board");
    let (board, _) = sign_in(&app, "board@demo.sayso.test", TEST_PASSWORD).await;
    let (status, _) = get_json(&board, app.url("/api/v1/orgs/demo/surveys/your-home/results")).await;
    assert_eq!(status, 200);
    let (_, doc) = get_json(&app.client, app.url("/api/v1/openapi.json")).await;
    for path in [
        "/api/v1/orgs/{org}/surveys",
        "/api/v1/orgs/{org}/surveys/{survey}",
        "/api/v1/orgs/{org}/surveys/{survey}/responses",
        "/api/v1/orgs/{org}/surveys/{survey}/responses/{response_id}",
        "/api/v1/orgs/{org}/surveys/{survey}/publish",
        "/api/v1/orgs/{org}/surveys/{survey}/close",
        "/api/v1/orgs/{org}/surveys/{survey}/results",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} is documented");
    }
}

#[tokio::test]
async fn survey_results_never_show_a_count_from_one_to_four() {
    let app = TestApp::spawn().await;
    // 9 answers: 3 yes and 6 no; two age bands of 3 and 6; one care leaver.
    for i in 0..9 {
        let (band, care) = match i {
            0..=2 => ("4-7", "in_care"),
            3 => ("16-25", "care_leaver"),
            _ => ("12-17", "in_care"),
        };
        let (status, _) = respond(
            &app,
            "wellbeing",
            json!({"age_band": band, "care_status": care,
                   "answers": {"trusted-adult": if i % 3 == 0 { "yes" } else { "no" }, "people-home": 3 + i % 2}}),
        )
        .await;
        assert_eq!(status, 201);
    }
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    // Closed, so every response counts (open results count whole batches).
    let (status, _) = post_json(
        &officer,
        app.url("/api/v1/orgs/demo/surveys/wellbeing/close"),
        &json!({}),
    )
    .await;
    assert_eq!(status, 200);
    let (_, results) = get_json(&officer, app.url("/api/v1/orgs/demo/surveys/wellbeing/results")).await;
    let mut counts = Vec::new();
    shown_counts(&results, &mut counts);
    assert!(counts.contains(&9), "bigger counts are shown: {counts:?}");
    assert!(
        counts.iter().all(|n| !(1..=4).contains(n)),
        "no count from 1 to 4 is ever shown: {counts:?}"
    );
    let yes = answer(&results, "trusted-adult", "yes");
    assert_eq!(yes["count"]["shown"], "fewer than 5");
    assert_eq!(yes["count"]["count"], Value::Null);
    assert_eq!(yes["percent"], Value::Null, "a percentage would give the count away");
    // Six "no" minus nine answered would give the three back, so it hides too.
    assert_eq!(answer(&results, "trusted-adult", "no")["count"]["suppressed"], true);

    let csv = officer
        .get(app.url("/api/v1/orgs/demo/surveys/wellbeing/results?format=csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for line in csv.lines().skip(1) {
        let count = line.rsplitn(4, ',').nth(3).unwrap_or_default();
        let count = count.rsplit(',').next().unwrap_or_default();
        assert!(
            !["1", "2", "3", "4"].contains(&count),
            "CSV shows a small count: {line}"
        );
    }
}

#[tokio::test]
async fn survey_answers_store_nothing_that_identifies_the_young_person() {
    let app = TestApp::spawn().await;
    let r = app
        .client
        .post(app.url("/api/v1/orgs/demo/surveys/wellbeing/responses"))
        .header("user-agent", "Fingerprint-Browser-8841")
        .header("x-forwarded-for", "203.0.113.77")
        .json(&json!({"age_band": "12-17", "care_status": "in_care",
                      "answers": {"people-home": 4, "anything-else": "I like my new school"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let created: Value = r.json().await.unwrap();
    let id = created["response_id"].as_str().unwrap();
    let parsed = uuid_like(id);
    assert!(parsed, "the response id is a random uuid: {id}");

    let columns = |table: &str| {
        if sayso_tests::using_postgres() {
            format!("SELECT column_name::text FROM information_schema.columns WHERE table_name = '{table}' ORDER BY column_name")
        } else {
            format!("SELECT name FROM pragma_table_info('{table}') ORDER BY name")
        }
    };
    let names: Vec<String> = app
        .query_strings(&columns("survey_responses"))
        .await
        .into_iter()
        .map(|r| r[0].clone().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "age_band",
            "care_status",
            "id",
            "public_id",
            "started_hour",
            "survey_id"
        ]
    );
    let rows = app
        .query_strings("SELECT public_id, age_band, care_status, CAST(started_hour AS TEXT) FROM survey_responses")
        .await;
    assert_eq!(rows.len(), 1);
    let hour: i64 = rows[0][3].clone().unwrap().parse().unwrap();
    assert_eq!(hour % 3600, 0, "only the hour is kept");
    let everything = format!(
        "{:?}{:?}{:?}",
        rows,
        app.query_strings("SELECT question_id, value FROM survey_answers").await,
        app.query_strings(
            "SELECT body, COALESCE(name, ''), COALESCE(contact_email, '') FROM feedback WHERE kind = 'survey'"
        )
        .await
    );
    assert!(!everything.contains("Fingerprint") && !everything.contains("203.0.113"));
    let text = app
        .count("SELECT COUNT(*) FROM feedback WHERE kind = 'survey' AND anonymous = TRUE AND name IS NULL")
        .await;
    assert_eq!(text, 1, "free text is an anonymous item for the team to read");
}

fn uuid_like(s: &str) -> bool {
    s.len() == 36 && s.chars().filter(|c| *c == '-').count() == 4 && s.chars().nth(14) == Some('4')
}

#[tokio::test]
async fn a_partial_response_is_kept_and_later_screens_add_to_it() {
    let app = TestApp::spawn().await;
    let (status, created) = respond(
        &app,
        "wellbeing",
        json!({"age_band": "16-25", "care_status": "care_leaver",
                                                                "answers": {"people-home": 2}}),
    )
    .await;
    assert_eq!(status, 201);
    let id = created["response_id"].as_str().unwrap().to_string();
    let url = app.url(&format!("/api/v1/orgs/demo/surveys/wellbeing/responses/{id}"));
    let (status, _) = put_json(&app.client, url.clone(), &json!({"answers": {"trusted-adult": "no"}})).await;
    assert_eq!(status, 200);
    // Going back and changing an answer replaces it.
    let (status, _) = put_json(&app.client, url.clone(), &json!({"answers": {"people-home": 4}})).await;
    assert_eq!(status, 200);
    let stored = app
        .query_strings("SELECT question_id, value FROM survey_answers ORDER BY question_id")
        .await;
    assert_eq!(
        stored,
        vec![
            vec![Some("people-home".to_string()), Some("4".to_string())],
            vec![Some("trusted-adult".to_string()), Some("no".to_string())]
        ]
    );
    // Five more people so the counts show.
    for _ in 0..5 {
        respond(
            &app,
            "wellbeing",
            json!({"answers": {"people-home": 4, "trusted-adult": "no"}}),
        )
        .await;
    }
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let (status, _) = post_json(
        &officer,
        app.url("/api/v1/orgs/demo/surveys/wellbeing/close"),
        &json!({}),
    )
    .await;
    assert_eq!(status, 200);
    let (_, results) = get_json(&officer, app.url("/api/v1/orgs/demo/surveys/wellbeing/results")).await;
    assert_eq!(results["responses"]["count"], 6);
    assert_eq!(answer(&results, "people-home", "4")["count"]["count"], 6);
    assert_eq!(answer(&results, "trusted-adult", "no")["count"]["count"], 6);

    let (status, _) = put_json(
        &app.client,
        app.url("/api/v1/orgs/demo/surveys/wellbeing/responses/00000000-0000-4000-8000-000000000000"),
        &json!({"answers": {"people-home": 1}}),
    )
    .await;
    assert_eq!(status, 404, "an unknown response");
}

#[tokio::test]
async fn survey_mistakes_get_404_409_422_401_and_403() {
    let app = TestApp::spawn().await;
    let c = &app.client;
    let (status, _) = get_json(c, app.url("/api/v1/orgs/nowhere/surveys")).await;
    assert_eq!(status, 404);
    let (status, _) = get_json(c, app.url("/api/v1/orgs/demo/surveys/nothing-here")).await;
    assert_eq!(status, 404);
    let (status, _) = respond(&app, "nothing-here", json!({"answers": {}})).await;
    assert_eq!(status, 404);

    for bad in [
        json!({"answers": {"no-such-question": 3}}),
        json!({"answers": {"people-home": 0}}),
        json!({"answers": {"trusted-adult": "perhaps"}}),
        json!({"answers": {"family-contact": "sometimes"}}),
        json!({"answers": {"feel-good": "friends"}}),
        json!({"age_band": "30-40", "answers": {"people-home": 3}}),
    ] {
        let (status, body) = respond(&app, "wellbeing", bad.clone()).await;
        assert_eq!(status, 422, "{bad}");
        assert!(body["error"].as_str().is_some_and(|e| !e.is_empty()), "{body}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM survey_responses").await,
        0,
        "nothing half-stored"
    );

    // A new organisation's well-being survey is a draft: 409 until published.
    let (ok, _, err) = run_cli(
        &app.db,
        &["org", "add", "northshire", "--name", "Northshire Council"],
        &[],
    );
    assert!(ok, "{err}");
    let (status, _) = post_json(
        c,
        app.url("/api/v1/orgs/northshire/surveys/wellbeing/responses"),
        &json!({"answers": {"people-home": 3}}),
    )
    .await;
    assert_eq!(status, 409);

    // Results: 401 without a session, 403 for roles without results and
    // for another organisation; building is for officers and admins.
    let (status, _) = get_json(c, app.url("/api/v1/orgs/demo/surveys/wellbeing/results")).await;
    assert_eq!(status, 401);
    add_user(&app, "demo", "lead@demo.sayso.test", "safeguarding");
    add_user(&app, "demo", "manager@demo.sayso.test", "manager");
    add_user(&app, "northshire", "officer@northshire.test", "officer");
    let (lead, _) = sign_in(&app, "lead@demo.sayso.test", TEST_PASSWORD).await;
    let (status, _) = get_json(&lead, app.url("/api/v1/orgs/demo/surveys/wellbeing/results")).await;
    assert_eq!(status, 403);
    let (manager, _) = sign_in(&app, "manager@demo.sayso.test", TEST_PASSWORD).await;
    let (status, _) = get_json(&manager, app.url("/api/v1/orgs/demo/surveys/wellbeing/results")).await;
    assert_eq!(status, 200);
    let (status, _) = post_json(&manager, app.url("/api/v1/orgs/demo/surveys"), &new_survey()).await;
    assert_eq!(status, 403);
    let (status, _) = post_json(
        &manager,
        app.url("/api/v1/orgs/demo/surveys/wellbeing/close"),
        &json!({}),
    )
    .await;
    assert_eq!(status, 403);
    let (other, _) = sign_in(&app, "officer@northshire.test", TEST_PASSWORD).await;
    let (status, _) = get_json(&other, app.url("/api/v1/orgs/demo/surveys/wellbeing/results")).await;
    assert_eq!(status, 403);
    let (status, _) = post_json(c, app.url("/api/v1/orgs/demo/surveys"), &new_survey()).await;
    assert_eq!(status, 401);

    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let mut broken = new_survey();
    broken["questions"][2]["options"] = json!([{"id": "only", "text": "Only one"}]);
    let (status, body) = post_json(&officer, app.url("/api/v1/orgs/demo/surveys"), &broken).await;
    assert_eq!(status, 422, "{body}");
    let mut broken = new_survey();
    broken["questions"][0]["kind"] = json!("slider");
    let (status, _) = post_json(&officer, app.url("/api/v1/orgs/demo/surveys"), &broken).await;
    assert_eq!(status, 422);
    let (status, _) = post_json(&officer, app.url("/api/v1/orgs/demo/surveys"), &new_survey()).await;
    assert_eq!(status, 201);
    let (status, _) = post_json(&officer, app.url("/api/v1/orgs/demo/surveys"), &new_survey()).await;
    assert_eq!(status, 422, "the slug is taken");
    // The audience: this survey is not for care leavers.
    post_json(
        &officer,
        app.url("/api/v1/orgs/demo/surveys/your-home/publish"),
        &json!({}),
    )
    .await;
    let (status, _) = respond(
        &app,
        "your-home",
        json!({"care_status": "care_leaver", "answers": {"happy": 3}}),
    )
    .await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn a_worrying_free_text_answer_is_urgent_alerts_safeguarding_and_reaches_the_queue() {
    let sink = SmtpSink::start().await;
    let app = TestApp::spawn_with(&[("SMTP_URL", &sink.url())]).await;
    add_user(&app, "demo", "lead@demo.sayso.test", "safeguarding");
    let (status, created) = respond(
        &app,
        "wellbeing",
        json!({"age_band": "12-17", "answers": {"people-home": 1}}),
    )
    .await;
    assert_eq!((status, created["urgent"].as_bool()), (201, Some(false)));
    let id = created["response_id"].as_str().unwrap();
    let (status, answered) = put_json(
        &app.client,
        app.url(&format!("/api/v1/orgs/demo/surveys/wellbeing/responses/{id}")),
        &json!({"answers": {"anything-else": "my stepdad hits me Quokka5521"}}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(answered["urgent"], true);
    assert_eq!(answered["help"]["childline"], "0800 1111");
    let (_, created) = respond(
        &app,
        "wellbeing",
        json!({"answers": {"anything-else": "I want to kill myself"}}),
    )
    .await;
    assert_eq!(created["urgent"], true, "urgent in the 201 answer too");

    let mail = sink.wait_for(2).await;
    let all = mail.join("\n");
    assert!(all.contains("lead@demo.sayso.test") && all.contains("/staff/feedback/"));
    assert!(!all.contains("Quokka5521"), "never the young person's words");

    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let list = sayso_tests::feedback_list(&app, &officer, "?urgent=true").await;
    let item = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["text"].as_str().is_some_and(|t| t.contains("Quokka5521")))
        .expect("the words are in the queue");
    assert_eq!(item["kind"], "survey");
    assert_eq!(item["anonymous"], true);

    add_user(&app, "demo", "board@demo.sayso.test", "board");
    let (board, _) = sign_in(&app, "board@demo.sayso.test", TEST_PASSWORD).await;
    let r = board.get(app.url("/api/v1/orgs/demo/feedback")).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let results = board
        .get(app.url("/api/v1/orgs/demo/surveys/wellbeing/results?format=csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!results.contains("Quokka5521"), "board members never read survey words");
}

#[tokio::test]
async fn a_written_answer_is_read_for_harm_in_the_language_it_was_written_in() {
    let app = TestApp::spawn().await;
    // Welsh for "I want to die": a Welsh phrase, read as Welsh.
    let words = "dw i eisiau marw";
    let (status, created) = respond(
        &app,
        "wellbeing",
        json!({"age_band": "12-17", "language": "cy", "answers": {"anything-else": words}}),
    )
    .await;
    assert_eq!((status, created["urgent"].as_bool()), (201, Some(true)), "{created}");
    assert_eq!(created["help"]["childline"], "0800 1111");

    // A screen added later in Welsh is read the same way.
    let (status, created) = respond(
        &app,
        "wellbeing",
        json!({"age_band": "12-17", "answers": {"people-home": 4}}),
    )
    .await;
    assert_eq!((status, created["urgent"].as_bool()), (201, Some(false)));
    let id = created["response_id"].as_str().unwrap();
    let url = app.url(&format!("/api/v1/orgs/demo/surveys/wellbeing/responses/{id}"));
    let (status, answered) = put_json(
        &app.client,
        url.clone(),
        &json!({"language": "cy-GB", "answers": {"anything-else": words}}),
    )
    .await;
    assert_eq!((status, answered["urgent"].as_bool()), (200, Some(true)), "{answered}");

    // A language Sayso does not know is a clear 422, and nothing is stored.
    let (status, body) = put_json(
        &app.client,
        url,
        &json!({"language": "klingon", "answers": {"anything-else": "hello"}}),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body["error"].as_str().unwrap().contains("language"), "{body}");
    let (status, _) = respond(
        &app,
        "wellbeing",
        json!({"age_band": "12-17", "language": "xx-!!", "answers": {"anything-else": "hello"}}),
    )
    .await;
    assert_eq!(status, 422);
}

#[tokio::test]
async fn every_organisation_gets_the_wellbeing_survey_open_in_the_demo_and_a_draft_elsewhere() {
    let app = TestApp::spawn().await;
    let (ok, _, err) = run_cli(&app.db, &["demo"], &[]);
    assert!(ok, "running the demo twice is safe: {err}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM surveys WHERE slug = 'wellbeing'").await,
        1
    );
    let (_, open) = get_json(&app.client, app.url("/api/v1/orgs/demo/surveys")).await;
    assert!(open.as_array().unwrap().iter().any(|s| s["slug"] == "wellbeing"));

    let (ok, _, err) = run_cli(&app.db, &["org", "add", "westvale", "--name", "Westvale"], &[]);
    assert!(ok, "{err}");
    let (_, open) = get_json(&app.client, app.url("/api/v1/orgs/westvale/surveys")).await;
    assert_eq!(open, json!([]), "a draft is not open");
    add_user(&app, "westvale", "officer@westvale.test", "officer");
    let (officer, _) = sign_in(&app, "officer@westvale.test", TEST_PASSWORD).await;
    let (_, all) = get_json(&officer, app.url("/api/v1/orgs/westvale/surveys")).await;
    assert_eq!(all[0]["slug"], "wellbeing");
    assert_eq!(all[0]["status"], "draft");

    // A draft's words are the staff's: nobody else can read it.
    let (status, _) = get_json(&app.client, app.url("/api/v1/orgs/westvale/surveys/wellbeing")).await;
    assert_eq!(status, 404, "a draft is not readable without signing in");
    assert_eq!(
        app.get("/westvale/surveys/wellbeing").await.status(),
        404,
        "nor its page"
    );
    // Four parts, worded for each age band.
    let (_, early) = get_json(
        &officer,
        app.url("/api/v1/orgs/westvale/surveys/wellbeing?age_band=4-7"),
    )
    .await;
    let (_, adult) = get_json(
        &officer,
        app.url("/api/v1/orgs/westvale/surveys/wellbeing?age_band=16-25"),
    )
    .await;
    let parts: Vec<&str> = early["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["part"].as_str())
        .collect();
    assert!(parts.len() >= 4);
    let words = |v: &Value| {
        v["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["text"].as_str().unwrap().len())
            .sum::<usize>()
    };
    assert!(words(&early) < words(&adult), "fewer words for the youngest");
    assert!(adult.to_string().contains("money") && adult.to_string().contains("home"));
    let (status, _) = get_json(&officer, app.url("/api/v1/orgs/westvale/surveys/wellbeing?age_band=99")).await;
    assert_eq!(status, 422);
}

fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn an_officer_builds_a_survey_in_the_pages_and_young_people_answer_it_with_plain_forms() {
    let app = TestApp::spawn().await;
    let (officer, csrf) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let page = officer
        .get(app.url("/staff/queue"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("href=\"/staff/surveys\""),
        "Surveys is in the staff header"
    );

    let post = |fields: Vec<(&'static str, String)>| {
        let officer = officer.clone();
        let url = app.url("/staff/surveys/your-school");
        async move { officer.post(url).form(&fields).send().await.unwrap() }
    };
    let r = officer
        .post(app.url("/staff/surveys"))
        .form(&[("csrf", csrf.as_str()), ("title", "Your school"), ("slug", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), "/staff/surveys/your-school");
    let c = || ("csrf", csrf.clone());
    let r = post(vec![
        c(),
        ("title", "Your school".into()),
        ("intro", "About school".into()),
        ("op", "add".into()),
        ("new_text", "How is school?".into()),
        ("new_kind", "faces".into()),
    ])
    .await;
    assert_eq!(r.status(), 303);
    let q1 = vec![
        ("q0_id", "q1".to_string()),
        ("q0_kind", "faces".into()),
        ("q0_text", "How is school?".into()),
        ("q0_band_4-7", "Is school fun?".into()),
    ];
    let mut fields = vec![
        c(),
        ("title", "Your school".into()),
        ("intro", "About school".into()),
        ("op", "add".into()),
        ("new_text", "Best subject?".into()),
        ("new_kind", "single".into()),
        ("new_options", "Maths\nArt\nSport".into()),
    ];
    fields.extend(q1.clone());
    assert_eq!(post(fields).await.status(), 303);
    // Move the second question up, then publish.
    let both = |op: &str| {
        let mut f = vec![
            c(),
            ("title", "Your school".to_string()),
            ("intro", "About school".into()),
            ("op", op.into()),
            ("q1_id", "q2".into()),
            ("q1_kind", "single".into()),
            ("q1_text", "Best subject?".into()),
            ("q1_options", "Maths\nArt\nSport".into()),
        ];
        f.extend(q1.clone());
        f
    };
    assert_eq!(post(both("up:1")).await.status(), 303);
    let page = officer
        .get(app.url("/staff/surveys/your-school"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.find("Best subject?").unwrap() < page.find("How is school?").unwrap(),
        "reordered"
    );
    let preview = officer
        .get(app.url("/staff/surveys/your-school/preview?band=4-7"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(preview.contains("Is school fun?"), "the preview uses the band's words");
    let mut publish = vec![
        c(),
        ("title", "Your school".to_string()),
        ("intro", "About school".into()),
        ("op", "publish".into()),
        ("q0_id", "q2".into()),
        ("q0_kind", "single".into()),
        ("q0_text", "Best subject?".into()),
        ("q0_options", "Maths\nArt\nSport".into()),
        ("q1_id", "q1".into()),
        ("q1_kind", "faces".into()),
        ("q1_text", "How is school?".into()),
    ];
    assert_eq!(post(publish.clone()).await.status(), 303);

    // A young person, JavaScript off: plain forms, one question per screen.
    // The browser keeps the response in a cookie, never in the address.
    let young = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let get = |path: String| young.get(app.url(&path)).send();
    let post_form =
        |path: String, fields: Vec<(&'static str, &'static str)>| young.post(app.url(&path)).form(&fields).send();
    let start = get("/demo/surveys/your-school".into()).await.unwrap();
    assert_eq!(start.status(), 200);
    let r = post_form("/demo/surveys/your-school".into(), vec![("care_status", "in_care")])
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "the age band is needed for the right words");
    let r = post_form(
        "/demo/surveys/your-school".into(),
        vec![("age_band", "8-11"), ("care_status", "in_care")],
    )
    .await
    .unwrap();
    let first = location(&r);
    assert_eq!(first, "/demo/surveys/your-school/answer/1");
    let held = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        held.contains("HttpOnly") && held.contains("Path=/demo/surveys/your-school/"),
        "{held}"
    );
    let screen = get(first.clone()).await.unwrap().text().await.unwrap();
    assert!(screen.contains("Question 1 of 2") && screen.contains("Best subject?"));
    let r = post_form(first.clone(), vec![("answer-q2", "o2"), ("go", "next")])
        .await
        .unwrap();
    let second = location(&r);
    assert!(second.ends_with("/answer/2"));
    // Going back shows the answer kept.
    assert!(get(first.clone())
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .contains("value=\"o2\" checked"));
    // Without the cookie (another phone, a shared link) there is nothing to see.
    let stranger = app.get(&first).await;
    assert_eq!(stranger.status(), 303, "back to the start");
    let r = post_form(second.clone(), vec![("go", "next")]).await.unwrap();
    assert_eq!(r.status(), 422, "nothing chosen: ask again, with skip offered");
    let r = post_form(second.clone(), vec![("go", "skip")]).await.unwrap();
    assert!(location(&r).ends_with("/done"));
    let done = get(location(&r)).await.unwrap();
    assert_eq!(done.status(), 200);
    let cleared = done.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cleared.contains("Max-Age=0"),
        "finished: the phone forgets the response: {cleared}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM survey_answers").await, 1);
    let qr = app.get("/demo/surveys/your-school/qr.svg").await;
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    assert!(qr.text().await.unwrap().contains("<svg"));

    // Published: wording may change, questions may not; copy to a new round.
    publish[3] = ("op", "save".into());
    publish[9] = ("q1_kind", "yes_no".into());
    let r = post(publish.clone()).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Copy it to a new round"));
    publish[9] = ("q1_kind", "faces".into());
    publish[10] = ("q1_text", "How is your school?".into());
    assert_eq!(post(publish.clone()).await.status(), 303);
    publish[3] = ("op", "round".into());
    publish.push(("round_slug", "your-school-2".into()));
    let r = post(publish).await;
    assert!(location(&r).starts_with("/staff/surveys/your-school-2"));
    let (_, results) = get_json(&officer, app.url("/api/v1/orgs/demo/surveys/your-school-2/results")).await;
    assert_eq!(results["previous"]["slug"], "your-school");
    let page = officer
        .get(app.url("/staff/surveys/your-school/results"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("fewer than 5"), "one answer is a small number");

    add_user(&app, "demo", "board@demo.sayso.test", "board");
    let (board, board_csrf) = sign_in(&app, "board@demo.sayso.test", TEST_PASSWORD).await;
    let list = board
        .get(app.url("/staff/surveys"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        list.contains("your-school") && !list.contains("name=\"title\""),
        "board members read, never build"
    );
    let r = board
        .post(app.url("/staff/surveys"))
        .form(&[("csrf", board_csrf.as_str()), ("title", "Sneaky")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn a_survey_can_be_made_with_plain_option_words_and_ids_are_filled_in() {
    let app = TestApp::spawn().await;
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let body = json!({
        "title": "Holiday club",
        "intro": "Tell us what you'd like.",
        "questions": [
            {"kind": "single", "text": "Which day?", "options": ["Monday", "Friday"]},
            {"kind": "yes_no", "text": "Would you come?"}
        ],
        "audience": ["8-11", "12-17"]
    });
    let (status, created) = post_json(&officer, app.url("/api/v1/orgs/demo/surveys"), &body).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["slug"], "holiday-club");
    post_json(
        &officer,
        app.url("/api/v1/orgs/demo/surveys/holiday-club/publish"),
        &json!({}),
    )
    .await;
    let (_, survey) = get_json(&app.client, app.url("/api/v1/orgs/demo/surveys/holiday-club")).await;
    assert_eq!(survey["questions"][0]["id"], "q1");
    assert_eq!(
        survey["questions"][0]["options"][1],
        json!({"id": "o2", "text": "Friday"})
    );
    let (status, _) = respond(
        &app,
        "holiday-club",
        json!({"age_band": "12-17", "answers": {"q1": "o2", "q2": "yes"}}),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _) = respond(
        &app,
        "holiday-club",
        json!({"age_band": "16-25", "answers": {"q2": "yes"}}),
    )
    .await;
    assert_eq!(status, 422, "not in the audience");
}
