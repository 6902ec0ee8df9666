//! The young people's pages as plain HTML forms: what a phone with
//! JavaScript off sends and gets back.

use sayso_tests::TestApp;

fn reply_code_in(html: &str) -> String {
    let at = html
        .find("data-reply-code=\"")
        .expect("the thank-you page shows a reply code")
        + 17;
    html[at..].split('"').next().unwrap().to_string()
}

fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = html.find(&marker).unwrap_or_else(|| panic!("form has {name}")) + marker.len();
    html[at..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn every_young_persons_page_has_the_unsafe_button_and_help_contacts() {
    let app = TestApp::spawn().await;
    for path in [
        "/demo",
        "/demo/say",
        "/demo/say?age=4-7",
        "/demo/say?age=16-25",
        "/demo/reply",
        "/demo/help",
    ] {
        let r = app.get(path).await;
        assert_eq!(r.status(), 200, "{path}");
        let html = r.text().await.unwrap();
        assert!(html.contains("href=\"/demo/help\""), "{path} links to help");
        assert!(
            html.contains("I don&#x27;t feel safe") || html.contains("I don't feel safe"),
            "{path}"
        );
        assert!(
            html.contains("advocacy service"),
            "{path} says how to reach an advocate"
        );
        assert!(html.contains("complaints@demo.example"), "{path} says how to complain");
        assert!(html.contains("<html lang=\"en\""), "{path} declares its language");
    }
}

#[tokio::test]
async fn wording_changes_with_the_age_band() {
    let app = TestApp::spawn().await;
    let little = app.get("/demo/say?age=4-7").await.text().await.unwrap();
    let adult = app.get("/demo/say?age=16-25").await.text().await.unwrap();
    assert!(little.contains("Tell us!") && little.contains("Something good"));
    assert!(adult.contains("Have your say") && adult.contains("Good news"));
    assert!(adult.contains("care leaver"));
}

#[tokio::test]
async fn the_say_form_sends_without_javascript_and_shows_a_reply_code() {
    let app = TestApp::spawn().await;
    let form = app.get("/demo/say?age=8-11").await.text().await.unwrap();
    let key = hidden(&form, "idempotency_key");
    let fields = [
        ("age_band", "8-11"),
        ("idempotency_key", key.as_str()),
        ("care_status", "in_care"),
        ("kind", "good_news"),
        ("themes", "fun"),
        ("themes", "school-work"),
        ("mood", "5"),
        ("text", "I got a gold star for reading"),
        ("anonymous", "yes"),
    ];
    let r = app.post_form("/demo/say", &fields).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    let code = reply_code_in(&html);
    assert!(html.contains("What happens next"));
    let themes = app
        .count(&format!(
            "SELECT COUNT(*) FROM feedback_themes ft JOIN feedback f ON f.id = ft.feedback_id WHERE f.reply_code = '{code}'"
        ))
        .await;
    assert_eq!(themes, 2);

    // Pressing Send again (or back and Send) stores nothing new.
    let again = app.post_form("/demo/say", &fields).await.text().await.unwrap();
    assert_eq!(reply_code_in(&again), code);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE body = 'I got a gold star for reading'")
            .await,
        1
    );

    // The code works on "Check my reply".
    let check = app.post_form("/demo/reply", &[("code", &code.replace('-', " "))]).await;
    assert_eq!(check.status(), 200);
    let html = check.text().await.unwrap();
    assert!(html.contains("data-status=\"sent\""), "{html}");
}

#[tokio::test]
async fn a_form_with_problems_comes_back_with_kind_words_and_everything_typed() {
    let app = TestApp::spawn().await;
    let typed = "<script>alert('x')</script> I miss my nan 💔";
    let r = app
        .post_form(
            "/demo/say",
            &[
                ("age_band", "12-17"),
                ("idempotency_key", "form-key-1"),
                ("themes", "money"),
                ("mood", "2"),
                ("text", typed),
                ("anonymous", "no"),
                ("name", "Jay"),
                ("contact_email", "jay@"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("We have kept what you wrote"));
    assert!(html.contains("Please choose what it is about."));
    assert!(html.contains("email address doesn"));
    assert!(html.contains("&lt;script&gt;alert("), "typed text is kept and escaped");
    assert!(!html.contains("<script>alert("), "typed text is never markup");
    assert!(html.contains("I miss my nan 💔"));
    assert!(html.contains("value=\"Jay\""));
    assert!(html.contains("value=\"jay@\""));
    assert!(html.contains("value=\"money\" checked"));
    assert_eq!(
        hidden(&html, "idempotency_key"),
        "form-key-1",
        "the retry keeps its key"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE body LIKE '%miss my nan%'")
            .await,
        0
    );
}

#[tokio::test]
async fn i_dont_feel_safe_shows_help_at_once_and_sends_an_urgent_message() {
    let app = TestApp::spawn().await;
    let page = app.get("/demo/help").await.text().await.unwrap();
    assert!(page.contains("href=\"tel:999\""));
    assert!(page.contains("href=\"tel:08001111\""));
    assert!(page.contains("0300 123 4567"), "the council's out-of-hours number");
    let key = hidden(&page, "idempotency_key");
    let r = app
        .post_form(
            "/demo/help",
            &[
                ("idempotency_key", &key),
                ("text", "someone at home scares me"),
                ("contact", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    let code = reply_code_in(&html);
    assert!(html.contains("safeguarding team"));
    let urgent = app
        .count(&format!(
            "SELECT COUNT(*) FROM feedback WHERE reply_code = '{code}' AND urgent = TRUE"
        ))
        .await;
    assert_eq!(urgent, 1);
}

#[tokio::test]
async fn harmful_words_in_the_say_form_show_help_on_the_thank_you_page() {
    let app = TestApp::spawn().await;
    let r = app
        .post_form(
            "/demo/say",
            &[
                ("age_band", "12-17"),
                ("idempotency_key", "k-harm"),
                ("kind", "feeling"),
                ("text", "sometimes I want to kill myself"),
            ],
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(html.contains("class=\"urgent-help\""));
    assert!(html.contains("tel:08001111"));
    reply_code_in(&html);
}

#[tokio::test]
async fn an_unknown_page_is_a_kind_not_found() {
    let app = TestApp::spawn().await;
    let r = app.get("/demo/nothing-here").await;
    assert_eq!(r.status(), 404);
    assert!(r.text().await.unwrap().contains("We can"));
}

#[tokio::test]
async fn typed_text_cannot_break_out_of_the_text_box() {
    let app = TestApp::spawn().await;
    // Too long, so both forms come back with the text in the box.
    let typed = format!("</textarea><b id=\"pwn\">x</b>{}", "a".repeat(5_000));
    for path in ["/demo/say", "/demo/help"] {
        let r = app
            .post_form(path, &[("age_band", "12-17"), ("kind", "idea"), ("text", &typed)])
            .await;
        assert_eq!(r.status(), 422, "{path}");
        let html = r.text().await.unwrap();
        assert!(!html.contains("<b id=\"pwn\">"), "{path}: typed markup escaped");
        assert!(
            html.contains("&lt;/textarea&gt;&lt;b id=&quot;pwn&quot;&gt;"),
            "{path}: and kept"
        );
    }
}
