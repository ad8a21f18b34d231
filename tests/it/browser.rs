//! `naskah serve` in a real browser: Debian's Chromium driven through WebDriver
//! (chromedriver, fantoccini), as an officer would use the page. Screenshots of each page
//! go to `target/screenshots/`.
//!
//! Without chromedriver the test says so and passes, unless `NASKAH_BROWSER_TESTS=1`
//! (CI sets it, after installing `chromium` and `chromium-driver`), where its absence fails.

use crate::harness::{root, Sandbox};
use crate::serve::{workspace, Server};
use fantoccini::{Client, ClientBuilder, Locator};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn chromedriver() -> Option<String> {
    ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].iter().find(|p| std::path::Path::new(p).exists()).map(|p| p.to_string())
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn session() -> Option<(Driver, Client)> {
    let Some(driver) = chromedriver() else {
        assert!(
            std::env::var("NASKAH_BROWSER_TESTS").as_deref() != Ok("1"),
            "NASKAH_BROWSER_TESTS=1 but chromedriver is not installed (Debian: chromium chromium-driver)"
        );
        eprintln!("browser test skipped: no chromedriver (Debian: apt-get install chromium chromium-driver)");
        return None;
    };
    let port = free_port();
    let child =
        Command::new(driver).arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("chromedriver");
    let driver = Driver(child);
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1000", "--lang=id"]}),
    );
    let start = Instant::now();
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&format!("http://127.0.0.1:{port}")).await {
            Ok(c) => return Some((driver, c)),
            Err(e) if start.elapsed() > Duration::from_secs(60) => panic!("no WebDriver session: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// Waits for a CSS selector to match, and returns its element.
async fn wait(c: &Client, css: &str) -> fantoccini::elements::Element {
    c.wait().at_most(Duration::from_secs(60)).for_element(Locator::Css(css)).await.unwrap_or_else(|e| panic!("no `{css}` on the page: {e}"))
}

/// Waits until `css` matches nothing.
async fn gone(c: &Client, css: &str) {
    let start = Instant::now();
    while !c.find_all(Locator::Css(css)).await.unwrap().is_empty() {
        assert!(start.elapsed() < Duration::from_secs(60), "`{css}` is still on the page");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn shot(c: &Client, name: &str) {
    let png = c.screenshot().await.expect("a screenshot");
    let dir = root().join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), png).unwrap();
}

/// The preview's pages, as the page shows them.
async fn preview(c: &Client) -> String {
    c.execute("return document.querySelector('#preview').innerHTML", vec![]).await.unwrap().as_str().unwrap_or_default().to_string()
}

/// Types into a field: its value replaced, as a user would.
async fn replace(c: &Client, css: &str, text: &str) {
    let e = wait(c, css).await;
    e.clear().await.unwrap();
    e.send_keys(text).await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_officer_edits_a_cooperation_checks_and_compares_drafts_in_the_browser() {
    let Some((_driver, c)) = session().await else { return };
    let sb: Sandbox = workspace();
    let server = Server::start(sb.dir.path(), &[]);
    c.goto(&format!("{}/", server.url)).await.unwrap();

    // The workspace: both cooperations, with their stage.
    wait(&c, "a.file").await;
    let body = c.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(body.contains("denpasar-perth.yaml") && body.contains("sulut-fujian.yaml"), "{body}");
    assert!(body.contains("Ruang kerja") || body.contains("Kerja sama di ruang kerja"), "the page is in Indonesian: {body}");
    shot(&c, "workspace.png").await;

    // The form and its preview.
    c.find(Locator::Css("a.file[href*='denpasar-perth']")).await.unwrap().click().await.unwrap();
    wait(&c, "#preview .page svg").await;
    wait(&c, "#summary .good").await;
    let before = preview(&c).await;
    shot(&c, "editor.png").await;

    // The term starts a year later: the activities of 2025 fall outside it; the message
    // shows at the activity's field.
    // (`term.start` takes a date or `signature`: a text box; `loi.date` is a date picker.)
    replace(&c, "[data-path='term.start'] input", "2026-01-01").await;
    assert_eq!(wait(&c, "[data-path='loi.date'] input").await.attr("type").await.unwrap().as_deref(), Some("date"));
    let msg = wait(&c, ".field[data-path^='activities'] .msg.error, .field[data-path^='term'] .msg.error").await;
    let text = msg.text().await.unwrap();
    assert!(text.contains("2025") || text.contains("term"), "{text}");
    c.execute("document.querySelector('.field .msg.error').scrollIntoView({block: 'center'})", vec![]).await.unwrap();
    shot(&c, "editor-error.png").await;
    // The page is Indonesian: the message and its hint at the field, and the field's help
    // (the schema's description in Indonesian) under its label.
    let at_field = ".field[data-path^='activities'] .msg.error";
    let id_text = wait(&c, at_field).await.text().await.unwrap();
    assert!(id_text.contains("tahun kegiatan 2025 berada di luar jangka waktu"), "{id_text}");
    assert!(id_text.contains("pindahkan kegiatan ke dalam jangka waktu"), "the hint in Indonesian: {id_text}");
    c.execute("document.querySelector(\"[data-path='term.start']\").scrollIntoView({block: 'center'})", vec![]).await.unwrap();
    c.find(Locator::Css("[data-path='term.start'] > label .help")).await.unwrap().click().await.unwrap();
    let help = wait(&c, "[data-path='term.start'] > .helptext").await.text().await.unwrap();
    assert!(help.starts_with("Saat jangka waktu mulai berlaku"), "{help}");
    // `sifat` is a menu of the tata naskah dinas's values.
    let sifat: Vec<String> = c
        .execute("return [...document.querySelectorAll(\"[data-path='dprd_letter.sifat'] select option\")].map(o => o.value)", vec![])
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    assert_eq!(sifat, ["Biasa", "Penting", "Segera", "Sangat Segera", "Rahasia", "Terbatas"]);
    // The help beside the message, for the screenshot (README).
    c.execute("document.querySelector(\"[data-path='activities.0.year']\").scrollIntoView({block: 'center'})", vec![]).await.unwrap();
    c.find(Locator::Css("[data-path='activities.0.year'] > label .help")).await.unwrap().click().await.unwrap();
    let help = wait(&c, "[data-path='activities.0.year'] > .helptext").await.text().await.unwrap();
    assert_eq!(help, "Tahun pelaksanaan kegiatan (tahun mulainya, bila berlanjut ke tahun berikutnya).");
    shot(&c, "editor-error-id.png").await;
    // The English switch: the same message in English, at the same field.
    c.find(Locator::Css("#lang-en")).await.unwrap().click().await.unwrap();
    let start = Instant::now();
    loop {
        let en_text = wait(&c, at_field).await.text().await.unwrap();
        if en_text.contains("activity year 2025 falls outside the term") {
            assert!(en_text.contains("move the activity inside the term"), "{en_text}");
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "no English message: {en_text}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    c.execute("document.querySelector(\"[data-path='term.start']\").scrollIntoView({block: 'center'})", vec![]).await.unwrap();
    c.find(Locator::Css("[data-path='term.start'] > label .help")).await.unwrap().click().await.unwrap();
    let help = wait(&c, "[data-path='term.start'] > .helptext").await.text().await.unwrap();
    assert!(help.starts_with("When the term starts"), "{help}");
    c.execute("document.querySelector(\"[data-path='activities.0.year']\").scrollIntoView({block: 'center'})", vec![]).await.unwrap();
    shot(&c, "editor-error-en.png").await;
    c.find(Locator::Css("#lang-id")).await.unwrap().click().await.unwrap();
    wait(&c, "#lang-id[aria-pressed='true']").await;
    // The emblem: its thumbnail, and an image uploaded from the page into the workspace.
    wait(&c, "#emblem-thumb").await;
    let svg = sb.write("upload/garuda-test.svg", crate::harness::TEST_EMBLEM);
    wait(&c, "#emblem-file").await.send_keys(&svg.display().to_string()).await.unwrap();
    let start = Instant::now();
    // (The field may be drawn again between finding it and reading it: a stale element is
    // read again on the next round.)
    while !sb.path("garuda-test.svg").exists()
        || wait(&c, "[data-path='style.emblem'] input:not([type='file'])").await.prop("value").await.ok().flatten().as_deref()
            != Some("garuda-test.svg")
    {
        assert!(start.elapsed() < Duration::from_secs(30), "the emblem was not uploaded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let thumb = wait(&c, "#emblem-thumb").await.attr("src").await.unwrap().unwrap_or_default();
    assert!(thumb.contains("garuda-test.svg"), "{thumb}");
    c.execute("document.querySelector(\"[data-path='style.emblem']\").scrollIntoView({block: 'center'})", vec![]).await.unwrap();
    shot(&c, "editor-emblem.png").await;
    // Fixed: the message goes.
    replace(&c, "[data-path='term.start'] input", "2025-01-01").await;
    gone(&c, ".msg.error").await;

    // An edit shows in the preview within half a second of the typing (here: its
    // refresh, waited for).
    // (The partner's head signs the MoU.)
    replace(&c, "[data-path='partner.head.name'] input", "Basil Zempilas-Smith").await;
    let start = Instant::now();
    loop {
        let now = preview(&c).await;
        if !now.is_empty() && now != before {
            break;
        }
        if start.elapsed() > Duration::from_secs(30) {
            shot(&c, "preview-unchanged.png").await;
            panic!("the preview did not change");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // A benefit added to the list: the others stay (an add once replaced the list).
    let items = "[data-path='benefits'] > ol.items > li";
    let before_items = c.find_all(Locator::Css(items)).await.unwrap().len();
    c.find(Locator::Css("button[data-add='benefits']")).await.unwrap().click().await.unwrap();
    let start = Instant::now();
    while c.find_all(Locator::Css(items)).await.unwrap().len() != before_items + 1 {
        assert!(start.elapsed() < Duration::from_secs(30), "no item was added");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let new_item = format!("[data-path='benefits.{before_items}'] [data-lang='id']");
    replace(&c, &new_item, "terbukanya pasar baru bagi produk kreatif").await;
    replace(&c, &format!("[data-path='benefits.{before_items}'] [data-lang='en']"), "new markets for creative products").await;
    // Saved, then the packet downloaded from the page's own link.
    c.find(Locator::Css("#save")).await.unwrap().click().await.unwrap();
    wait(&c, "#save-state.saved").await;
    let saved = std::fs::read_to_string(sb.path("denpasar-perth.yaml")).unwrap();
    assert!(saved.contains("Basil Zempilas-Smith"), "saved");
    assert!(saved.contains("terbukanya pasar baru bagi produk kreatif") && saved.contains("new markets for creative products"), "{saved}");
    let first_benefit = std::fs::read_to_string(crate::harness::sample("denpasar-perth.yaml")).unwrap();
    let first_benefit = first_benefit
        .split("\nbenefits:\n")
        .nth(1)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .trim()
        .trim_start_matches("- id: ")
        .split(' ')
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(saved.contains(&first_benefit), "the other benefits are kept: {first_benefit}");
    assert!(saved.contains("\n#") || saved.contains(" #"), "the file's comments are kept");
    let href = wait(&c, "#dl-packet").await.attr("href").await.unwrap().unwrap();
    let zip = server.get(href.trim_start_matches(&server.url));
    assert_eq!(zip.status, 200, "{}", String::from_utf8_lossy(&zip.body));
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(zip.body)).expect("the packet is a zip");
    assert!(zip.by_name("denpasar-perth-packet/packet.pdf").is_ok());

    // The check page: a draft with its scope cut out.
    let cut = sb.write(
        "cut.txt",
        "NOTA KESEPAHAMAN\nANTARA\nPEMERINTAH KOTA DENPASAR\nDAN\nPEMERINTAH KOTA PERTH\n\nPASAL 1\nMAKSUD DAN TUJUAN\nMaksud Nota Kesepahaman ini adalah kerja sama.\n\nPASAL 2\nJANGKA WAKTU\nNota Kesepahaman ini berlaku selama 5 (lima) tahun.\n",
    );
    c.goto(&format!("{}/#/check", server.url)).await.unwrap();
    let input = wait(&c, "#check-file").await;
    input.send_keys(&cut.display().to_string()).await.unwrap();
    c.execute("document.querySelector('#check-kind').value = 'mou'", vec![]).await.unwrap();
    c.find(Locator::Css("#check-run")).await.unwrap().click().await.unwrap();
    wait(&c, "tr[data-section='scope'].missing").await;
    // The page is Indonesian: the finding and its hint.
    let findings = wait(&c, "ul.findings").await.text().await.unwrap();
    assert!(findings.contains("S1 kesalahan: bagian ruang lingkup tidak ditemukan"), "{findings}");
    assert!(findings.contains("tambahkan pasal yang memuat ruang lingkup sebagaimana disetujui DPRD"), "{findings}");
    assert!(!findings.contains("no scope"), "{findings}");
    shot(&c, "check.png").await;

    // The compare page: the partner's draft against the cooperation drafted.
    let theirs = root().join("tests/fixtures/lo/theirs.docx");
    c.goto(&format!("{}/#/compare", server.url)).await.unwrap();
    wait(&c, "#cmp-ours-file").await;
    c.execute("document.querySelector('#cmp-ours-file').value = ''", vec![]).await.unwrap();
    wait(&c, "#cmp-ours").await.send_keys(&root().join("tests/fixtures/lo/ours.docx").display().to_string()).await.unwrap();
    wait(&c, "#cmp-theirs").await.send_keys(&theirs.display().to_string()).await.unwrap();
    c.find(Locator::Css("#cmp-run")).await.unwrap().click().await.unwrap();
    let verdict = wait(&c, "#cmp-verdict").await.text().await.unwrap();
    assert!(verdict.contains("substansial"), "{verdict}");
    wait(&c, ".redline del").await;
    wait(&c, "#cmp-redline").await;
    // The flags in Indonesian (arbitration inserted: S6), with the reasons of the changes.
    let flags = wait(&c, "#compare-out ul.findings").await.text().await.unwrap();
    assert!(flags.contains("perselisihan kini diselesaikan melalui arbitrase"), "{flags}");
    assert!(!flags.contains("disputes now go"), "{flags}");
    let changes = wait(&c, ".redline").await.text().await.unwrap();
    assert!(changes.contains("berubah") && changes.contains("angka, tanggal, atau jumlah uang"), "{changes}");
    shot(&c, "compare.png").await;

    // The English switch: the comparison is kept, now in English.
    c.find(Locator::Css("#lang-en")).await.unwrap().click().await.unwrap();
    let nav = c.find(Locator::Css("nav")).await.unwrap().text().await.unwrap();
    assert!(nav.contains("Workspace"), "{nav}");
    // (The compare page is drawn again once the workspace's list has come.)
    let start = Instant::now();
    loop {
        // Read in one step: the list may be replaced between finding it and reading it.
        let flags =
            c.execute("const e = document.querySelector('#compare-out ul.findings'); return e ? e.innerText : ''", vec![]).await.unwrap();
        let flags = flags.as_str().unwrap_or_default().to_string();
        if flags.contains("disputes now go to arbitration") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "the flags stay Indonesian after the switch: {flags}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    shot(&c, "compare-en.png").await;
    // The check page keeps its report, in English after the switch.
    c.goto(&format!("{}/#/check", server.url)).await.unwrap();
    wait(&c, "tr[data-section='scope'].missing").await;
    let findings = wait(&c, "ul.findings").await.text().await.unwrap();
    assert!(findings.contains("S1 error: no scope (ruang lingkup) section found"), "{findings}");
    assert!(findings.contains("add an article listing the scope, as approved by the DPRD"), "{findings}");
    shot(&c, "check-en.png").await;
    c.close().await.unwrap();
}
