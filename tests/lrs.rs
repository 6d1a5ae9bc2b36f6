//! The LRS round trip against a real Learning Record Store on loopback (Ralph, file backend):
//! `export --lrs` sends the statements, and reading them back finds every one.
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
    let status = Command::new(ralph)
        .args([
            "auth",
            "-u",
            "trainer",
            "-p",
            "geheim",
            "-s",
            "all",
            "-M",
            "mailto:trainer@example.org",
            "-w",
        ])
        .envs(env.clone())
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "ralph auth: {}",
        String::from_utf8_lossy(&status.stderr)
    );
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
    let mut registrations: Vec<&str> = sent
        .iter()
        .filter_map(|s| s["context"]["registration"].as_str())
        .collect();
    registrations.sort_unstable();
    registrations.dedup();
    assert_eq!(registrations.len(), 2);
    let mut back = Vec::new();
    for r in registrations {
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
}
