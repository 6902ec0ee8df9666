//! "You said, we did": officers turn what young people said into actions
//! that every young person can see.

use sayso_tests::{item_id, message, StaffClient, TestApp};
use serde_json::Value;

fn action_fields<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("action", "edit"),
        ("you_said", "Film nights at the house are rare"),
        ("you_said_young", "You want more film nights"),
        ("we_did", "Every house now has a film night each month"),
        ("status", "done"),
        ("themes", "fun"),
        ("published", "yes"),
    ];
    f.extend_from_slice(extra);
    f
}

fn action_id(location: &str) -> i64 {
    location
        .trim_start_matches("/staff/actions/")
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn an_officer_turns_ticked_messages_into_a_published_action_young_people_see() {
    let app = TestApp::spawn().await;
    let sent: Value = app.post_feedback(&message()).await.json().await.unwrap();
    let code = sent["reply_code"].as_str().unwrap().to_string();
    let officer = StaffClient::officer(&app).await;
    let id = item_id(&app, &officer.client, "text", &message()["text"]).await;

    let form = officer.page(&format!("/staff/actions?items={id}")).await;
    assert!(
        form.contains(&format!("name=\"items\" value=\"{id}\"")),
        "the ticked message comes along"
    );
    assert!(form.contains("value=\"fun\" checked"), "its themes are chosen");

    let id_s = id.to_string();
    let r = officer
        .form("/staff/actions", &action_fields(&[("items", &id_s)]))
        .await;
    assert_eq!(r.status(), 303);
    let action = action_id(r.headers()["location"].to_str().unwrap());

    let page = app.get("/demo/you-said-we-did").await.text().await.unwrap();
    assert!(page.contains("Film nights at the house are rare") && page.contains("Every house now has a film night"));
    assert!(
        !page.contains("officer@demo.sayso.test"),
        "no owner or staff detail on the young people's page"
    );
    let young = app.get("/demo/you-said-we-did?age=4-7").await.text().await.unwrap();
    assert!(
        young.contains("You want more film nights") && young.contains("Done!"),
        "worded for the age band"
    );
    let api: Value = app.get("/api/v1/orgs/demo/you-said-we-did").await.json().await.unwrap();
    let ours = api
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == action)
        .expect("the new action is published");
    assert_eq!(ours["status"], "done");
    assert_eq!(ours["you_said"], "Film nights at the house are rare");

    let reply: Value = app
        .get(&format!("/api/v1/orgs/demo/replies/{code}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(reply["status"], "you_said_we_did");
    assert_eq!(
        reply["you_said_we_did_url"],
        format!("/demo/you-said-we-did#action-{action}")
    );
    let page = app
        .post_form("/demo/reply", &[("code", &code)])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("href=\"/demo/you-said-we-did#action-{action}\"")));
}

#[tokio::test]
async fn drafts_stay_hidden_and_a_no_always_says_why() {
    let app = TestApp::spawn().await;
    let officer = StaffClient::officer(&app).await;
    let draft: Vec<(&str, &str)> = action_fields(&[])
        .into_iter()
        .filter(|(k, _)| *k != "published")
        .collect();
    assert_eq!(officer.form("/staff/actions", &draft).await.status(), 303);
    let api: Value = app.get("/api/v1/orgs/demo/you-said-we-did").await.json().await.unwrap();
    assert!(
        !api.as_array()
            .unwrap()
            .iter()
            .any(|a| a["you_said"] == "Film nights at the house are rare"),
        "drafts are not published"
    );

    let no_reason = action_fields(&[("status", "not_doing")]);
    let no_reason: Vec<(&str, &str)> = no_reason.into_iter().rev().collect(); // the last status wins
    let r = officer.form("/staff/actions", &no_reason).await;
    assert_eq!(r.status(), 422, "not doing needs a reason");
    let with_reason = action_fields(&[
        ("status", "not_doing"),
        ("reason", "The house has no room for a screen"),
    ]);
    let with_reason: Vec<(&str, &str)> = with_reason
        .into_iter()
        .filter(|(k, v)| !(*k == "status" && *v == "done"))
        .collect();
    assert_eq!(officer.form("/staff/actions", &with_reason).await.status(), 303);
    let page = app.get("/demo/you-said-we-did").await.text().await.unwrap();
    assert!(page.contains("Why not") && page.contains("The house has no room for a screen"));
}

#[tokio::test]
async fn owners_add_progress_and_only_officers_edit() {
    let app = TestApp::spawn().await;
    let officer = StaffClient::officer(&app).await;
    let manager = StaffClient::new_user(&app, "demo", "manager@demo.sayso.test", "manager").await;
    let board = StaffClient::new_user(&app, "demo", "board@demo.sayso.test", "board").await;
    let form = officer.page("/staff/actions").await;
    let at = form
        .find(">manager@demo.sayso.test<")
        .expect("managers can own actions");
    let value_at = form[..at].rfind("value=\"").unwrap() + 7;
    let manager_id: String = form[value_at..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let owned = action_fields(&[("owner", &manager_id), ("due_on", "2020-01-31")]);
    let owned: Vec<(&str, &str)> = owned
        .into_iter()
        .map(|(k, v)| if k == "status" { (k, "in_progress") } else { (k, v) })
        .collect();
    let r = officer.form("/staff/actions", &owned).await;
    let mine = action_id(r.headers()["location"].to_str().unwrap());
    let r = officer.form("/staff/actions", &action_fields(&[])).await;
    let theirs = action_id(r.headers()["location"].to_str().unwrap());

    let list = manager.page("/staff/actions").await;
    assert!(list.contains("Overdue"), "an overdue action is flagged");
    let progress = [
        ("action", "progress"),
        ("status", "in_progress"),
        ("body", "Screens ordered"),
    ];
    let r = manager.form(&format!("/staff/actions/{mine}"), &progress).await;
    assert_eq!(r.status(), 303, "the owner adds progress");
    let page = manager.page(&format!("/staff/actions/{mine}")).await;
    assert!(
        page.contains("Screens ordered") && page.contains("manager@demo.sayso.test"),
        "the timeline shows who and what"
    );
    let r = manager.form(&format!("/staff/actions/{theirs}"), &progress).await;
    assert_eq!(r.status(), 403, "not someone else's action");
    let edit = action_fields(&[]);
    assert_eq!(
        manager.form(&format!("/staff/actions/{mine}"), &edit).await.status(),
        403
    );

    assert_eq!(
        board.get("/staff/actions").await.status(),
        200,
        "board members read actions"
    );
    assert_eq!(board.form("/staff/actions", &action_fields(&[])).await.status(), 403);
}
