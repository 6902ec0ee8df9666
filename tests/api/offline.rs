//! A dropped signal and a quick exit, as far as HTTP can see them: the
//! service worker and the page script are served so a phone will run them,
//! and every young person's page has a quick exit that works without them.

use sayso_tests::{sign_in, TestApp};

#[tokio::test]
async fn the_service_worker_and_the_page_script_are_served_so_phones_run_them() {
    let app = TestApp::spawn().await;
    let sw = app.get("/sw.js").await;
    assert_eq!(sw.status(), 200);
    let h = sw.headers().clone();
    assert_eq!(h["content-type"], "text/javascript; charset=utf-8");
    assert_eq!(h["service-worker-allowed"], "/");
    assert_eq!(h["cache-control"], "no-cache", "a fixed worker reaches phones at once");
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("connect-src 'self'"),
        "{csp}"
    );
    let body = sw.text().await.unwrap();
    assert!(body.contains("importScripts('/page.js')") && body.contains("addEventListener('sync'"));
    // Asked again with its ETag, nothing is sent.
    let etag = h["etag"].to_str().unwrap().to_string();
    let again = app
        .client
        .get(app.url("/sw.js"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    let page_js = app.get("/page.js").await;
    assert_eq!(page_js.status(), 200);
    assert_eq!(page_js.headers()["content-type"], "text/javascript; charset=utf-8");
    assert!(page_js
        .text()
        .await
        .unwrap()
        .contains("serviceWorker.register('/sw.js')"));

    // Young people's pages load it, and their policy lets it run as a worker.
    let home = app.get("/demo/help").await;
    let csp = home.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    let html = home.text().await.unwrap();
    assert!(html.contains("<script src=\"/page.js\" defer"));
    // Staff pages do not.
    let (officer, _) = sign_in(&app, "officer@demo.sayso.test", "demo-officer-password").await;
    let queue = officer
        .get(app.url("/staff/queue"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!queue.contains("/page.js") && !queue.contains("exit-page"));
}

#[tokio::test]
async fn every_young_persons_page_has_a_quick_exit_that_works_without_javascript() {
    let app = TestApp::spawn().await;
    for path in [
        "/demo",
        "/demo/say",
        "/demo/say?age=12-17",
        "/demo/say/easy",
        "/demo/help",
        "/demo/reply",
        "/demo/surveys",
    ] {
        let html = app.get(path).await.text().await.unwrap();
        // A plain link to a neutral site that tells it nothing about where the child was.
        let exit = tag_with(&html, "data-exit-page");
        assert!(
            exit.contains("href=\"https://www.bbc.co.uk/weather\"") && exit.contains("rel=\"noreferrer\""),
            "{path} has no quick exit: {exit}"
        );
        assert!(html.contains(">Exit this page<"), "{path}");
        // After an exit, Back goes out again: the guard runs before the page is drawn.
        let head = &html[..html.find("</head>").unwrap()];
        assert!(head.contains("sessionStorage.getItem('sayso-exit')"), "{path}");
        // The notices the page script shows when there is no signal are there, hidden.
        assert!(tag_with(&html, "id=\"offline-kept\"").contains(" hidden"), "{path}");
    }
}

/// The whole opening tag that contains `marker`.
fn tag_with<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}
