//! Every child can use it: young people's pages in their language, chosen
//! by a link, remembered, or read from the phone's settings; their words
//! keep their language all the way to staff; an admin hides languages no
//! fluent speaker has checked yet.

use sayso_tests::{add_user, feedback_list, message, sign_in, SmtpSink, TestApp, TEST_PASSWORD};
use serde_json::json;

/// Every language and whether it reads right to left.
const LANGUAGES: [(&str, bool); 9] = [
    ("en", false),
    ("cy", false),
    ("ar", true),
    ("fa", true),
    ("ps", true),
    ("ckb", true),
    ("ti", false),
    ("vi", false),
    ("sq", false),
];

/// Each language's name in its own script, as the picker shows it.
const NAMES: [&str; 9] = [
    "English",
    "Cymraeg",
    "العربية",
    "فارسی / دری",
    "پښتو",
    "کوردی سۆرانی",
    "ትግርኛ",
    "Tiếng Việt",
    "Shqip",
];

fn declares(html: &str, lang: &str, rtl: bool) -> bool {
    let dir = if rtl { "rtl" } else { "ltr" };
    html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\""))
}

async fn fetch(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (reqwest::StatusCode, reqwest::header::HeaderMap, String) {
    let mut request = app.client.get(app.url(path));
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let r = request.send().await.unwrap();
    let status = r.status();
    let headers = r.headers().clone();
    (status, headers, r.text().await.unwrap())
}

#[tokio::test]
async fn a_link_chooses_each_language_remembers_it_and_the_page_says_so() {
    let app = TestApp::spawn().await;
    for (code, rtl) in LANGUAGES {
        let (status, headers, html) = fetch(&app, &format!("/demo/say?age=8-11&lang={code}"), &[]).await;
        assert_eq!(status, 200, "{code}");
        assert!(declares(&html, code, rtl), "{code}: <html lang dir> does not match");
        assert_eq!(headers["content-language"], code);
        // Remembered in a cookie that carries nothing but the code.
        let cookie = headers["set-cookie"].to_str().unwrap();
        assert!(cookie.starts_with(&format!("sayso_lang={code};")), "{cookie}");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        // The picker names every language in its own script, and each link
        // keeps the page (this age band) and changes only the language.
        for name in NAMES {
            assert!(html.contains(name), "{code}: the picker lacks {name}");
        }
        assert!(
            html.contains("href=\"/demo/say?age=8-11&amp;lang=ti\"")
                || html.contains("href=\"/demo/say?age=8-11&lang=ti\"")
        );
        // The remembered choice holds on the next page, with no ?lang=.
        let (_, again, html) = fetch(&app, "/demo/help", &[("cookie", &format!("sayso_lang={code}"))]).await;
        assert!(declares(&html, code, rtl), "{code}: the cookie was not honoured");
        assert!(again.get("set-cookie").is_none(), "only ?lang= sets the cookie");
    }
    // Nonsense is ignored, never an error.
    let (status, headers, html) = fetch(&app, "/demo?lang=xx", &[("cookie", "sayso_lang=<b>")]).await;
    assert_eq!(status, 200);
    assert!(declares(&html, "en", false));
    assert!(headers.get("set-cookie").is_none());
}

#[tokio::test]
async fn the_phones_settings_choose_by_quality_and_a_link_beats_them() {
    let app = TestApp::spawn().await;
    let cases = [
        ("fa-AF;q=0.9, en;q=0.8", "fa", true),
        ("prs", "fa", true),
        ("ku-IQ, en;q=0.5", "ckb", true),
        ("de-DE, ti;q=0.5, en;q=0.2", "ti", false),
        ("en;q=0.3, sq;q=0.7", "sq", false),
        ("ar;q=0, cy;q=0.4", "cy", false),
        ("ps-AF", "ps", true),
        ("vi-VN,vi;q=0.9", "vi", false),
        ("fr, de", "en", false),
        ("*;q=0.5, ar;q=bad", "en", false),
    ];
    for (accept, code, rtl) in cases {
        let (_, _, html) = fetch(&app, "/demo", &[("accept-language", accept)]).await;
        assert!(
            declares(&html, code, rtl),
            "Accept-Language: {accept} should give {code}"
        );
    }
    // A link beats the remembered choice, which beats the phone.
    let both = [("accept-language", "ar"), ("cookie", "sayso_lang=vi")];
    let (_, _, html) = fetch(&app, "/demo/reply", &both).await;
    assert!(declares(&html, "vi", false));
    let (_, _, html) = fetch(&app, "/demo/reply?lang=sq", &both).await;
    assert!(declares(&html, "sq", false));
    // The API's own young people's answers follow the phone too.
    let survey = app
        .client
        .get(app.url("/api/v1/orgs/demo/surveys/wellbeing?age_band=4-7"))
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    assert_eq!(survey["title"], "كيف حالك؟", "{survey}");
}

#[tokio::test]
async fn every_young_persons_page_and_the_wellbeing_survey_come_in_the_language() {
    let app = TestApp::spawn().await;
    // A survey response to walk into, in Arabic.
    let start = app
        .client
        .post(app.url("/demo/surveys/wellbeing"))
        .header("cookie", "sayso_lang=ar")
        .form(&[("age_band", "8-11"), ("care_status", "in_care")])
        .send()
        .await
        .unwrap();
    assert_eq!(start.status(), 303);
    let screen = start.headers()["location"].to_str().unwrap().to_string();
    // The response is held in a cookie, never in the address.
    let held = start.headers()["set-cookie"].to_str().unwrap();
    let cookies = format!("sayso_lang=ar; {}", held.split(';').next().unwrap());
    let pages = [
        "/demo",
        "/demo/say",
        "/demo/say?age=12-17",
        "/demo/say/easy?age=4-7",
        "/demo/help",
        "/demo/reply",
        "/demo/you-said-we-did",
        "/demo/surveys",
        "/demo/surveys/wellbeing",
        screen.as_str(),
        "/demo/no-such-page",
    ];
    for path in pages {
        let (_, _, html) = fetch(&app, path, &[("cookie", &cookies)]).await;
        assert!(declares(&html, "ar", true), "{path}");
        assert!(
            html.contains("لا أشعر بالأمان") || path.contains("no-such"),
            "{path}: no Arabic help button"
        );
        assert!(!html.contains("feel safe"), "{path}: English left on the page");
        assert!(
            html.contains("اخرج من الصفحة") || path.contains("no-such"),
            "{path}: no quick exit"
        );
    }
    // The well-being survey's own words, for each age band.
    let (_, _, first) = fetch(&app, &screen, &[("cookie", &cookies)]).await;
    assert!(first.contains("كيف تشعر تجاه الأشخاص الذين تعيش معهم؟"), "{first}");
    for (band, title) in [
        ("4-7", "كيف حالك؟"),
        ("8-11", "كيف تسير حياتك؟"),
        ("16-25", "حياتك بعد الرعاية"),
    ] {
        let json = app
            .client
            .get(app.url(&format!("/api/v1/orgs/demo/surveys/wellbeing?age_band={band}&lang=ar")))
            .send()
            .await
            .unwrap()
            .json::<serde_json::Value>()
            .await
            .unwrap();
        assert_eq!(json["title"], title, "{band}");
        let q = json["questions"].as_array().unwrap();
        assert!(
            q.iter().all(|q| !q["text"].as_str().unwrap().is_ascii()),
            "{band}: {json}"
        );
    }
    // Welsh, and the youngest get their own words.
    let (_, _, little) = fetch(&app, "/demo/say?age=4-7&lang=cy", &[]).await;
    let (_, _, teen) = fetch(&app, "/demo/say?age=12-17&lang=cy", &[]).await;
    assert!(little.contains("Dweda wrthon ni!") && teen.contains("Dweud dy ddweud"));
}

#[tokio::test]
async fn phone_numbers_and_reply_codes_stay_left_to_right_in_right_to_left_pages() {
    let app = TestApp::spawn().await;
    let (_, _, help) = fetch(&app, "/demo/help?lang=fa", &[]).await;
    assert!(
        help.contains("<bdi dir=\"ltr\">0800 1111</bdi>"),
        "Childline's number is not isolated"
    );
    assert!(help.contains("href=\"tel:08001111\"") && help.contains("href=\"tel:999\""));
    // The footer's contacts, written by an admin in any script, keep their own direction.
    assert!(help.contains("<bdi>Call the advocacy service"), "{help}");
    // A thank-you page's reply code reads left to right.
    let form = app
        .client
        .post(app.url("/demo/say"))
        .header("cookie", "sayso_lang=ps")
        .form(&[
            ("age_band", "8-11"),
            ("kind", "idea"),
            ("text", "د فوټبال لوبه"),
            ("language", "ps"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200);
    let thanks = form.text().await.unwrap();
    let at = thanks.find("data-reply-code=").expect("a reply code");
    let tag = &thanks[thanks[..at].rfind('<').unwrap()..at + thanks[at..].find('>').unwrap()];
    assert!(tag.contains("dir=\"ltr\""), "the code is not left to right: {tag}");
    let (_, _, reply) = fetch(&app, "/demo/reply?lang=ckb", &[]).await;
    assert!(
        reply.contains("name=\"code\" value=\"\" autocomplete=\"off\" dir=\"ltr\""),
        "{reply}"
    );
}

#[tokio::test]
async fn their_words_keep_their_language_and_staff_see_it() {
    let app = TestApp::spawn().await;
    let post = |body: serde_json::Value, accept: Option<&'static str>| {
        let mut r = app.client.post(app.url("/api/v1/orgs/demo/feedback")).json(&body);
        if let Some(a) = accept {
            r = r.header("accept-language", a);
        }
        r.send()
    };
    let with = |language: &str, text: &str| {
        let mut m = message();
        m["language"] = json!(language);
        m["text"] = json!(text);
        m
    };
    assert_eq!(post(with("ti", "ኣብ ገዛ ሕጉስ እየ"), None).await.unwrap().status(), 201);
    assert_eq!(post(with("fa-AF", "من خوشحالم"), None).await.unwrap().status(), 201);
    let mut plain = message();
    plain["text"] = json!("Një mesazh pa gjuhë");
    assert_eq!(
        post(plain.clone(), Some("sq-AL, en;q=0.5")).await.unwrap().status(),
        201
    );
    plain["text"] = json!("No language said");
    assert_eq!(post(plain, None).await.unwrap().status(), 201);
    // An unknown language is refused kindly, and nothing is stored.
    let bad = post(with("klingon", "nuqneH"), None).await.unwrap();
    assert_eq!(bad.status(), 422);
    let error: serde_json::Value = bad.json().await.unwrap();
    assert!(error["error"].as_str().unwrap().contains("language"), "{error}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM feedback WHERE body = 'nuqneH'").await,
        0
    );
    // The form carries the page's language.
    let form = app
        .client
        .post(app.url("/demo/say?lang=ar"))
        .form(&[
            ("age_band", "12-17"),
            ("kind", "worry"),
            ("text", "لا يوجد إنترنت في البيت"),
            ("language", "ar"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200);
    let stored = app
        .query_strings("SELECT body, language FROM feedback WHERE kind IN ('idea', 'worry') ORDER BY id")
        .await;
    let language_of = |body: &str| {
        stored
            .iter()
            .find(|r| r[0].as_deref() == Some(body))
            .and_then(|r| r[1].clone())
            .unwrap_or_else(|| panic!("{body} was not stored"))
    };
    assert_eq!(language_of("ኣብ ገዛ ሕጉስ እየ"), "ti");
    assert_eq!(language_of("من خوشحالم"), "fa");
    assert_eq!(language_of("Një mesazh pa gjuhë"), "sq");
    assert_eq!(language_of("No language said"), "en");
    assert_eq!(language_of("لا يوجد إنترنت في البيت"), "ar");

    // Staff see it: in the API, the queue and the item page.
    let (officer, _) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    let list = feedback_list(&app, &officer, "").await;
    let item = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["text"] == "ኣብ ገዛ ሕጉስ እየ")
        .unwrap()
        .clone();
    assert_eq!(item["language"], "ti");
    let queue = officer
        .get(app.url("/staff/queue"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        queue.contains(">Tigrinya<") && queue.contains(">Arabic<"),
        "the queue names the languages"
    );
    assert!(declares(&queue, "en", false), "staff pages stay in English");
    let id = item["id"].as_i64().unwrap();
    let page = officer
        .get(app.url(&format!("/staff/feedback/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Written in Tigrinya"), "the item page says the language");
    assert!(
        page.contains("lang=\"ti\""),
        "the words are marked as Tigrinya for screen readers"
    );
}

#[tokio::test]
async fn an_admin_hides_an_unchecked_language_and_links_to_it_still_work() {
    let app = TestApp::spawn().await;
    add_user(&app, "demo", "admin@demo.sayso.test", "admin");
    let (admin, csrf) = sign_in(&app, "admin@demo.sayso.test", TEST_PASSWORD).await;
    let page = admin
        .get(app.url("/staff/admin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("not yet checked by a fluent speaker"),
        "the admin page says who checked each"
    );
    // An officer may not change it.
    let (officer, officer_csrf) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    let refused = officer
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", officer_csrf.as_str()),
            ("action", "languages"),
            ("hidden", "ti"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    let saved = admin
        .post(app.url("/staff/admin"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "languages"),
            ("hidden", "ti"),
            ("hidden", "ps"),
            ("hidden", "en"),
            ("hidden", "zz"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let hidden = app
        .query_strings("SELECT hidden_languages FROM orgs WHERE slug = 'demo'")
        .await;
    assert_eq!(
        hidden[0][0].as_deref(),
        Some("ps,ti"),
        "only real languages, never English"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.languages'")
            .await,
        1
    );
    // Gone from the picker and from phone settings…
    let (_, _, home) = fetch(&app, "/demo", &[("accept-language", "ti, en;q=0.5")]).await;
    assert!(
        declares(&home, "en", false),
        "a hidden language is not chosen from phone settings"
    );
    assert!(!home.contains("ትግርኛ") && !home.contains("پښتو"));
    assert!(home.contains("العربية"), "other languages stay");
    // …but a link a child was given still works, in that language.
    let (status, _, linked) = fetch(&app, "/demo/help?lang=ti", &[]).await;
    assert_eq!(status, 200);
    assert!(declares(&linked, "ti", false));
    assert!(linked.contains("ትግርኛ"), "the picker shows the language the page is in");
    // Another organisation is untouched.
    let (ok, _, err) = sayso_tests::run_cli(&app.db, &["org", "add", "other", "--name", "Other Council"], &[]);
    assert!(ok, "{err}");
    let (_, _, other) = fetch(&app, "/other", &[("accept-language", "ti")]).await;
    assert!(declares(&other, "ti", false));
}

#[tokio::test]
async fn a_young_person_gets_the_reply_email_in_the_language_they_wrote_in() {
    let sink = SmtpSink::start().await;
    let app = TestApp::spawn_with(&[("SMTP_URL", &sink.url())]).await;
    let mut named = message();
    named["anonymous"] = json!(false);
    named["name"] = json!("Layla");
    named["contact_email"] = json!("layla@example.org");
    named["language"] = json!("ar");
    named["text"] = json!("أريد أن أرى أخي أكثر");
    assert_eq!(app.post_feedback(&named).await.status(), 201);
    let (officer, csrf) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    let id = sayso_tests::item_id(&app, &officer, "name", &json!("Layla")).await;
    officer
        .post(app.url(&format!("/staff/feedback/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("action", "reply"),
            ("body", "We have booked a visit."),
        ])
        .send()
        .await
        .unwrap();
    let mail = sink.wait_for(1).await;
    let text = readable(&mail[0]);
    assert!(text.contains("layla@example.org"));
    assert!(text.contains("مرحبًا"), "the greeting is in Arabic: {text}");
    assert!(
        text.contains("We have booked a visit."),
        "the team's words are as written"
    );
    assert!(
        text.contains("/demo/reply?lang=ar"),
        "the link opens Check my reply in Arabic"
    );
    assert!(
        text.contains("ردّ \u{2068}Demo Council\u{2069} على رسالتك"),
        "the subject is in Arabic: {text}"
    );
}

/// An email as a person reads it. The sink has already undone
/// quoted-printable; words that are not ASCII come base64 (lettre's
/// choice), in the subject as encoded words and in the body.
fn readable(mail: &str) -> String {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    use base64::{alphabet, Engine};
    // Lenient about padding: the sink's quoted-printable pass eats "=" at line ends.
    let engine = GeneralPurpose::new(
        &alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );
    let b64 = |s: &str| -> String {
        let clean: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '+' || *c == '/')
            .collect();
        engine
            .decode(clean)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_default()
    };
    let mut out = String::new();
    for word in mail.split("=?utf-8?b?").skip(1) {
        out.push_str(&b64(word.split('?').next().unwrap_or("")));
    }
    out.push('\n');
    let body = mail
        .find("Content-Transfer-Encoding: base64")
        .and_then(|at| mail[at..].find("\n\n").map(|blank| &mail[at + blank..]));
    match body {
        Some(body) => out.push_str(&b64(body)),
        None => out.push_str(mail),
    }
    out.push('\n');
    out.push_str(mail);
    out
}
