//! The LRS round trip against a real Learning Record Store on loopback (Ralph, file backend):
//! `export --lrs` sends the statements, and reading them back finds every one; exporting again
//! stores nothing twice; an attempt sent under the earlier ids keeps them.
//!
//! Needs the `ralph` command (`pip install "ralph-malph[cli,lrs]" requests`); `.ci/run` installs it
//! and sets `GESPREKSTRAINER_RALPH`. Outside CI the test says it skipped when Ralph is missing.
//! Unix only: the server runs in its own process group so the test can end all of it.
#![cfg(unix)]

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use gesprekstrainer::core::export::lrs::Lrs;
use gesprekstrainer::core::export::{bundle, xapi};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        // The server runs in its own process group: uvicorn's worker and Python's
        // multiprocessing helpers end with it, so no process outlives the test.
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        std::thread::sleep(Duration::from_millis(300));
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = Command::new("pkill")
            .args(["-f", &format!("--port {}", self.port)])
            .status();
    }
}

fn ralph() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("GESPREKSTRAINER_RALPH") {
        return Some(PathBuf::from(p));
    }
    let found = Command::new("ralph")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    found.then(|| PathBuf::from("ralph"))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(ralph: &Path, dir: &Path) -> Server {
    let env = [
        ("RALPH_APP_DIR", dir.join("app")),
        ("RALPH_AUTH_FILE", dir.join("auth.json")),
        ("RALPH_RUNSERVER_BACKEND", PathBuf::from("fs")),
    ];
    // Ralph's file backend writes each user's statements once (a second batch with new
    // statements fails with 500), so the part about earlier ids has a user of its own, "archief",
    // whose statements live in their own folder.
    for (user, mbox, target) in [
        ("trainer", "mailto:trainer@example.org", None),
        ("archief", "mailto:archief@example.org", Some("archief")),
    ] {
        let mut auth = Command::new(ralph);
        auth.args([
            "auth", "-u", user, "-p", "geheim", "-s", "all", "-M", mbox, "-w",
        ]);
        if let Some(t) = target {
            auth.args(["-t", t]);
            std::fs::create_dir_all(dir.join("data").join(t)).unwrap();
        }
        let status = auth.envs(env.clone()).output().unwrap();
        assert!(
            status.status.success(),
            "ralph auth: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    }
    let port = free_port();
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let log = std::fs::File::create(dir.join("server.log")).unwrap();
    let child = Command::new(ralph)
        .args([
            "runserver",
            "-b",
            "fs",
            "-h",
            "127.0.0.1",
            "--port",
            &port.to_string(),
        ])
        .arg("--fs-default-directory-path")
        .arg(dir.join("data"))
        .envs(env)
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .process_group(0)
        .spawn()
        .unwrap();
    let server = Server { child, port };
    let deadline = Instant::now() + Duration::from_secs(60);
    let lrs = Lrs::new(
        &format!("http://127.0.0.1:{port}/xAPI/"),
        "trainer",
        "geheim",
    );
    while lrs
        .read_registration("00000000-0000-4000-8000-000000000000")
        .is_err()
    {
        assert!(
            Instant::now() < deadline,
            "Ralph did not start: {}",
            std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    server
}

/// The registrations (attempts) of these statements, each once.
fn registrations_of(statements: &[serde_json::Value]) -> Vec<String> {
    let mut r: Vec<String> = statements
        .iter()
        .filter_map(|s| s["context"]["registration"].as_str().map(str::to_owned))
        .collect();
    r.sort_unstable();
    r.dedup();
    r
}

#[test]
fn statements_sent_to_a_real_lrs_come_back_complete() {
    let Some(ralph) = ralph() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must provide Ralph for the LRS test"
        );
        eprintln!("skipped: the 'ralph' command is not installed");
        return;
    };
    let dir = std::env::temp_dir().join(format!("gt-lrs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let server = start(&ralph, &dir);
    let url = format!("http://127.0.0.1:{}/xAPI/", server.port);

    let bin = env!("CARGO_BIN_EXE_gesprekstrainer");
    let data = dir.join("gegevens");
    let run = |args: &[&str]| {
        let out = Command::new(bin)
            .env("GESPREKSTRAINER_LANG", "nl")
            .args(args)
            .env("GESPREKSTRAINER_DATA", &data)
            .env("GESPREKSTRAINER_LRS_PASSWORD", "geheim")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["profile", "Lrs Proef", "--group", "G1"]);
    run(&[
        "play",
        "klacht-stadswinkel",
        "--auto",
        "best",
        "--profile",
        "Lrs Proef",
    ]);
    run(&[
        "play",
        "bijstand-terugvordering",
        "--auto",
        "random",
        "--seed",
        "4",
        "--profile",
        "Lrs Proef",
    ]);
    let out_dir = dir.join("export");
    let printed = run(&[
        "export",
        "--profile",
        "Lrs Proef",
        "--out",
        out_dir.to_str().unwrap(),
        "--lrs",
        &url,
        "--lrs-user",
        "trainer",
    ]);
    assert!(printed.contains("teruggelezen"), "{printed}");

    // Read back independently and compare with what was exported.
    let sent: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("xapi.json")).unwrap()).unwrap();
    let lrs = Lrs::new(&url, "trainer", "geheim");
    let registrations = registrations_of(&sent);
    assert_eq!(registrations.len(), 2);
    let mut back = Vec::new();
    for r in &registrations {
        back.extend(lrs.read_registration(r).unwrap());
    }
    let ids = |v: &[serde_json::Value]| {
        let mut x: Vec<String> = v
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect();
        x.sort();
        x
    };
    assert_eq!(ids(&back), ids(&sent), "every statement came back");
    let answered = back
        .iter()
        .find(|s| s["verb"]["id"].as_str().unwrap().ends_with("/answered"))
        .unwrap();
    assert!(
        answered["result"]["response"]
            .as_str()
            .is_some_and(|r| !r.is_empty())
    );

    // Exporting again sends the same ids: the LRS keeps what it has (Ralph answers 204 No
    // Content) and the export succeeds without storing anything twice.
    let again = run(&[
        "export",
        "--profile",
        "Lrs Proef",
        "--out",
        out_dir.to_str().unwrap(),
        "--lrs",
        &url,
        "--lrs-user",
        "trainer",
    ]);
    assert!(
        again.contains(&format!("{} statement(s) stonden er al", sent.len())),
        "{again}"
    );
    let mut back_again = Vec::new();
    for r in &registrations_of(&sent) {
        back_again.extend(lrs.read_registration(r).unwrap());
    }
    assert_eq!(ids(&back_again), ids(&sent), "nothing stored twice");

    // An attempt an earlier version sent (under the earlier ids) keeps those ids; the LRS named
    // in the organisation's settings file is used without --lrs.
    run(&["profile", "Oud Proef"]);
    run(&[
        "play",
        "klacht-stadswinkel",
        "--auto",
        "best",
        "--profile",
        "Oud Proef",
    ]);
    let old_dir = dir.join("export-oud");
    run(&[
        "export",
        "--profile",
        "Oud Proef",
        "--out",
        old_dir.to_str().unwrap(),
    ]);
    let b = bundle::read(&old_dir.join("export.ron")).unwrap();
    let legacy = [xapi::legacy_registration("Oud Proef", &b.attempts[0])].into();
    let earlier = xapi::statements_keeping(&b, xapi::DEFAULT_HOME_PAGE, &legacy);
    let archive = Lrs::new(&url, "archief", "geheim");
    assert_eq!(archive.send(&earlier).unwrap().len(), earlier.len());
    std::fs::write(
        data.join("organisatie.ron"),
        format!("(lrs_endpoint: \"{url}\", lrs_user: \"archief\")"),
    )
    .unwrap();
    let printed = run(&[
        "export",
        "--profile",
        "Oud Proef",
        "--out",
        old_dir.to_str().unwrap(),
    ]);
    assert!(printed.contains("ids van een eerdere versie"), "{printed}");
    let written: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(old_dir.join("xapi.json")).unwrap()).unwrap();
    assert_eq!(
        ids(&written),
        ids(&earlier),
        "xapi.json holds the ids the LRS has"
    );
    let new_registration = xapi::registration("Oud Proef", &b.attempts[0]).to_string();
    assert!(
        archive
            .read_registration(&new_registration)
            .unwrap()
            .is_empty(),
        "not sent again under a new id"
    );
    let mut old_back = Vec::new();
    for r in &registrations_of(&earlier) {
        old_back.extend(archive.read_registration(r).unwrap());
    }
    assert_eq!(ids(&old_back), ids(&earlier));
    // A different statement under an id the LRS holds: 409, said in plain words.
    let mut changed = earlier[0].clone();
    changed["object"]["id"] = serde_json::json!("https://elders.example.nl/scenario/x");
    let e = archive.send(&[changed]).unwrap_err();
    assert!(
        matches!(e, gesprekstrainer::core::export::lrs::LrsError::Conflict(_)),
        "{e}"
    );
    assert!(e.to_string().contains("dezelfde ids"), "{e}");
    std::fs::remove_file(data.join("organisatie.ron")).unwrap();

    // Wrong password: a clear error, not a panic.
    let out = Command::new(bin)
        .env("GESPREKSTRAINER_LANG", "nl")
        .args([
            "export",
            "--profile",
            "Lrs Proef",
            "--out",
            out_dir.to_str().unwrap(),
            "--lrs",
            &url,
            "--lrs-user",
            "trainer",
        ])
        .env("GESPREKSTRAINER_DATA", &data)
        .env("GESPREKSTRAINER_LRS_PASSWORD", "fout")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("het LRS op"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}
