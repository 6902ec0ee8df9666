//! The harm check: one check (phrases, then meaning) for feedback, survey
//! answers and `sayso harm-check`; staff see why; the model's files are
//! never silently missing.

use sayso_tests::{binary, feedback_list, message, run_cli, sign_in, workspace_root, TestApp, TestDb, OFFICER};
use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

/// Close in meaning to suicidal thoughts, with none of the listed phrases.
const INDIRECT: &str = "sometimes i think everyone would be happier if i was not around anymore";

fn harm_check(args: &[&str], env: &[(&str, &str)], input: &str) -> (bool, Vec<Value>, String) {
    let mut cmd = Command::new(binary());
    cmd.arg("harm-check")
        .args(args)
        .current_dir(workspace_root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("the sayso binary runs");
    // A refused start (e.g. an unknown language) may not read its input.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    let lines = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    (out.status.success(), lines, String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn harm_check_prints_one_verdict_per_line_with_how_it_was_found() {
    let input = format!("my stepdad hits me\n{INDIRECT}\nthis homework is killing me\nno1 cares bout me anyway\n");
    let (ok, lines, err) = harm_check(&[], &[], &input);
    assert!(ok, "{err}");
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["text"], "my stepdad hits me");
    assert_eq!(lines[0]["urgent"], true);
    assert_eq!(lines[0]["how"], "phrase");
    assert_eq!(lines[0]["category"], "physical_abuse");
    assert_eq!(lines[1]["urgent"], true, "{}", lines[1]);
    assert_eq!(lines[1]["how"], "meaning");
    assert_eq!(lines[1]["category"], "suicidal_thoughts");
    assert_eq!(lines[2]["urgent"], false, "a hard negative: {}", lines[2]);
    assert_eq!(lines[2]["how"], Value::Null);
    assert_eq!(lines[2]["category"], Value::Null);
    assert_eq!(lines[3]["urgent"], true, "text-speak is written out: {}", lines[3]);
}

#[test]
fn a_listed_phrase_in_plainly_ordinary_words_is_read_for_meaning_and_a_bare_cry_never_is() {
    // Each pair: the same listed words, once in an everyday sentence and
    // once in a disclosure. The meaning layer may clear only the first.
    let input = "i want to die my hair blue for the summer holidays\n\
                 i want to die i cant do this anymore\n\
                 we had a lesson about county lines in pshe today\n\
                 im doing county lines for them and i owe them money\n\
                 i have to take my tablets for my asthma every morning\n\
                 ive been saving up tablets to take them all at once\n\
                 help\n\
                 can you help me with my maths homework tonight\n\
                 please help me he wont stop hitting me\n\
                 i got my passport renewed for the school trip\n\
                 they took my passport and make me work for no money\n";
    let (ok, lines, err) = harm_check(&[], &[], input);
    assert!(ok, "{err}");
    let urgent: Vec<bool> = lines.iter().map(|l| l["urgent"] == true).collect();
    assert_eq!(
        urgent,
        [false, true, false, true, false, true, true, false, true, false, true],
        "{lines:#?}"
    );
    assert_eq!(lines[10]["category"], "trafficking");
    assert_eq!(lines[1]["category"], "suicidal_thoughts");
    assert_eq!(lines[3]["category"], "exploitation");
    assert_eq!(lines[6]["category"], "cry_for_help");
    // With the meaning layer off, a listed phrase flags whatever the rest
    // says (when in doubt, flag).
    let (ok, off, err) = harm_check(
        &[],
        &[("SAYSO_HARM_MODEL", "off")],
        "can you help me with my maths homework tonight\ni got my passport renewed for the school trip\n",
    );
    assert!(ok, "{err}");
    assert!(off.iter().all(|l| l["urgent"] == true), "{off:?}");
}

#[test]
fn harm_check_reads_other_languages_by_phrase_and_says_when_it_cannot() {
    let (ok, lines, err) = harm_check(&["--language", "ti"], &[], "ሓግዙኒ\nሰላም ከመይ ኣለኹም\n");
    assert!(ok, "{err}");
    assert_eq!(lines[0]["urgent"], true);
    assert_eq!(lines[0]["category"], "cry_for_help");
    assert_eq!(lines[1]["urgent"], false);
    assert_eq!(lines[1]["checked"], false, "not read: {}", lines[1]);
    let (ok, _, err) = harm_check(&["--language", "klingon"], &[], "hello\n");
    assert!(!ok);
    assert!(err.contains("klingon"), "{err}");
}

#[test]
fn with_the_meaning_layer_off_only_phrases_flag() {
    let input = format!("he hits me\n{INDIRECT}\n");
    let (ok, lines, err) = harm_check(&[], &[("SAYSO_HARM_MODEL", "off")], &input);
    assert!(ok, "{err}");
    assert_eq!(lines[0]["urgent"], true);
    assert_eq!(lines[1]["urgent"], false, "the meaning layer is off: {}", lines[1]);
}

#[tokio::test]
async fn a_missing_or_corrupt_model_folder_stops_the_server_from_starting() {
    let db = TestDb::new().await;
    let env = [
        ("SAYSO_HARM_MODEL", "/nonexistent/harm-model"),
        ("SAYSO_ADDR", "127.0.0.1:0"),
    ];
    let (ok, _, err) = run_cli(&db, &["serve"], &env);
    assert!(!ok, "the server must not start without its model");
    assert!(
        err.contains("/nonexistent/harm-model") && err.contains("SAYSO_HARM_MODEL"),
        "{err}"
    );

    let dir = std::env::temp_dir().join(format!("sayso-harm-corrupt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("model.safetensors"), b"not a model").unwrap();
    std::fs::write(dir.join("tokenizer.json"), b"{}").unwrap();
    let env = [
        ("SAYSO_HARM_MODEL", dir.to_str().unwrap()),
        ("SAYSO_ADDR", "127.0.0.1:0"),
    ];
    let (ok, _, err) = run_cli(&db, &["serve"], &env);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!ok, "the server must not start with a corrupt model");
    assert!(err.contains("not the expected one"), "{err}");
}

async fn health(app: &TestApp) -> Value {
    let r = app.get("/healthz").await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

#[tokio::test]
async fn healthz_says_which_layers_are_on() {
    let app = TestApp::spawn().await;
    let h = health(&app).await;
    assert_eq!(h["status"], "ok");
    assert_eq!(h["harm"]["phrases"], "on");
    assert!(
        ["on", "loading"].contains(&h["harm"]["meaning"].as_str().unwrap()),
        "{h}"
    );
    let off = TestApp::spawn_with(&[("SAYSO_HARM_MODEL", "off")]).await;
    let h = health(&off).await;
    assert_eq!(
        (h["status"].as_str(), h["harm"]["meaning"].as_str()),
        (Some("ok"), Some("off"))
    );
    // Off means off: the meaning of a message is not read, its phrases are.
    let mut m = message();
    m["text"] = json!(INDIRECT);
    let r: Value = off.post_feedback(&m).await.json().await.unwrap();
    assert_eq!(r["urgent"], false);
    m["text"] = json!("my carer slaps me");
    let r: Value = off.post_feedback(&m).await.json().await.unwrap();
    assert_eq!(r["urgent"], true);
}

/// The model folder the build used (`scripts/install-tools` puts it there).
fn installed_model() -> std::path::PathBuf {
    let base = std::env::var_os("SAYSO_MODEL_CACHE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache/sayso/models"));
    base.join("minilm-53aa51172d14")
}

#[tokio::test]
async fn model_files_that_vanish_while_serving_make_healthz_degraded_and_phrases_keep_working() {
    let dir = std::env::temp_dir().join(format!("sayso-harm-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["model.safetensors", "tokenizer.json"] {
        std::fs::copy(installed_model().join(f), dir.join(f)).expect("the model is installed (scripts/install-tools)");
    }
    let app = TestApp::spawn_with(&[("SAYSO_HARM_MODEL", dir.to_str().unwrap())]).await;
    let mut m = message();
    m["text"] = json!(INDIRECT);
    let r: Value = app.post_feedback(&m).await.json().await.unwrap();
    assert_eq!(r["urgent"], true, "the meaning layer reads from the folder");
    assert_eq!(health(&app).await["harm"]["meaning"], "on");
    std::fs::remove_dir_all(&dir).unwrap();
    let h = health(&app).await;
    assert_eq!(
        (h["status"].as_str(), h["harm"]["meaning"].as_str()),
        (Some("degraded"), Some("degraded"))
    );
    m["text"] = json!("he hurts me");
    let r: Value = app.post_feedback(&m).await.json().await.unwrap();
    assert_eq!(r["urgent"], true, "the phrase list still works");
}

fn concern_of<'a>(list: &'a Value, text: &str) -> &'a Value {
    let item = list["items"].as_array().unwrap().iter().find(|i| i["text"] == text);
    &item.unwrap_or_else(|| panic!("no item {text:?} in {list}"))["concern"]
}

#[tokio::test]
async fn staff_see_why_a_message_is_urgent_and_unread_languages_come_next() {
    let app = TestApp::spawn().await;
    let send = |text: Option<&str>, extra: Value| {
        let mut m = message();
        match text {
            Some(t) => m["text"] = json!(t),
            None => {
                m.as_object_mut().unwrap().remove("text");
            }
        }
        for (k, v) in extra.as_object().unwrap() {
            m[k] = v.clone();
        }
        let app = &app;
        async move {
            let r = app.post_feedback(&m).await;
            let status = r.status();
            let body = r.json::<Value>().await.unwrap();
            assert_eq!(status, 201, "{m} -> {body}");
            body
        }
    };
    send(Some("Can we go bowling on Saturday?"), json!({})).await;
    let r = send(Some("ሰላም ከመይ ኣለኹም"), json!({"language": "ti"})).await;
    assert_eq!(r["urgent"], false);
    assert_eq!(send(Some("my foster dad kicks me"), json!({})).await["urgent"], true);
    assert_eq!(send(Some(INDIRECT), json!({})).await["urgent"], true);
    assert_eq!(
        send(Some("can i talk to someone"), json!({"unsafe": true})).await["urgent"],
        true
    );
    assert_eq!(
        send(Some("this homework is killing me"), json!({})).await["urgent"],
        false
    );

    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let list = feedback_list(&app, &officer, "").await;
    let phrase = concern_of(&list, "my foster dad kicks me");
    assert_eq!(
        (phrase["category"].as_str(), phrase["how"].as_str()),
        (Some("physical_abuse"), Some("phrase"))
    );
    assert_eq!(phrase["phrase"], "kicks me");
    let meaning = concern_of(&list, INDIRECT);
    assert_eq!(
        (meaning["category"].as_str(), meaning["how"].as_str()),
        (Some("suicidal_thoughts"), Some("meaning"))
    );
    assert!(meaning["example"].as_str().is_some_and(|e| !e.is_empty()), "{meaning}");
    assert_eq!(concern_of(&list, "this homework is killing me"), &Value::Null);
    let reported = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["concern"]["how"] == "reported")
        .expect("the unsafe message says it was reported");
    assert_eq!(reported["urgent"], true);
    assert_eq!(concern_of(&list, "ሰላም ከመይ ኣለኹም")["how"], "not_checked");

    // The queue: the three urgent ones, then the one nobody could check,
    // then the rest, oldest first.
    let order: Vec<(bool, Option<&str>)> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] != json!("survey"))
        .map(|i| (i["urgent"].as_bool().unwrap(), i["concern"]["how"].as_str()))
        .collect();
    let first_plain = order.iter().position(|(u, h)| !u && *h != Some("not_checked")).unwrap();
    let unread = order.iter().position(|(_, h)| *h == Some("not_checked")).unwrap();
    assert!(order[..unread].iter().all(|(u, _)| *u), "{order:?}");
    assert!(unread < first_plain, "{order:?}");

    // The item page and the alert dashboard say it in words.
    let id = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["text"] == INDIRECT)
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let page = officer
        .get(app.url(&format!("/staff/feedback/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("close in meaning to"), "the item page says why");
    assert!(page.contains("suicidal thoughts"));
    let alerts = officer
        .get(app.url("/staff/alerts"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        alerts.contains("phrase: “kicks me”") || alerts.contains("phrase: &quot;kicks me"),
        "{alerts}"
    );
}

#[tokio::test]
async fn a_survey_answer_close_in_meaning_to_a_concern_is_urgent() {
    let app = TestApp::spawn().await;
    let url = app.url("/api/v1/orgs/demo/surveys/wellbeing/responses");
    let body = json!({"age_band": "12-17", "care_status": "in_care", "answers": {"anything-else": INDIRECT}});
    let r = app.client.post(&url).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let r: Value = r.json().await.unwrap();
    assert_eq!(r["urgent"], true);
    let body =
        json!({"age_band": "12-17", "care_status": "in_care", "answers": {"anything-else": "my phone died lol"}});
    let r: Value = app
        .client
        .post(&url)
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["urgent"], false);
    let (officer, _) = sign_in(&app, OFFICER.0, OFFICER.1).await;
    let list = feedback_list(&app, &officer, "?urgent=true").await;
    assert_eq!(concern_of(&list, INDIRECT)["how"], "meaning");
}
