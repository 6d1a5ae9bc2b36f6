//! The command line as a user runs it: exit codes, messages and saved attempts.

use std::io::Write;
use std::process::{Command, Stdio};

/// The binary in Dutch, the default: none of the language variables of the environment that
/// runs the tests reaches it.
fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gesprekstrainer"));
    for v in ["GESPREKSTRAINER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    c
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("gt-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn validate_builtin_and_folder_pass() {
    let out = bin().arg("validate").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = bin()
        .args([
            "validate",
            concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 fout(en)"));
}

#[test]
fn validate_reports_one_line_per_problem_with_position() {
    let dir = temp_dir("validate");
    let good = include_str!("../scenarios/klacht-stadswinkel.ron");
    std::fs::write(dir.join("a-kapot.ron"), "Scenario(id: ").unwrap();
    std::fs::write(
        dir.join("b-verwijzing.ron"),
        good.replacen("next: Goto(\"gevoel\")", "next: Goto(\"gevoell\")", 1),
    )
    .unwrap();
    std::fs::write(dir.join("c-leeg.ron"), "").unwrap();
    let out = bin().arg("validate").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].contains("a-kapot.ron:1:") && lines[0].contains(": fout: "),
        "{err}"
    );
    assert!(
        err.contains("b-verwijzing.ron:") && err.contains("onbekende einde 'gevoell'"),
        "{err}"
    );
    assert!(
        err.contains("c-leeg.ron: fout: het bestand is leeg"),
        "{err}"
    );
    let missing = bin()
        .args(["validate", "bestaat/niet.ron"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("bestaat/niet.ron: fout: dit bestand")
    );
}

#[test]
fn analyze_and_graph() {
    let out = bin()
        .args(["analyze", "klacht-stadswinkel"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Bereikbare uitkomsten") && text.contains("Beste pad (--choose): 1,"),
        "{text}"
    );
    let dot = bin()
        .args(["graph", "klacht-stadswinkel", "--format", "dot"])
        .output()
        .unwrap();
    let dot = String::from_utf8_lossy(&dot.stdout);
    assert!(
        dot.starts_with("digraph") && dot.contains("\"opening\" -> \"verhaal\""),
        "{dot}"
    );
    let mm = bin()
        .args(["graph", "klacht-stadswinkel", "--format", "mermaid"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&mm.stdout).starts_with("flowchart TD"));
}

#[test]
fn unattended_play_prints_transcript_and_scores() {
    let out = bin()
        .args([
            "play",
            "klacht-stadswinkel",
            "--auto",
            "best",
            "--seed",
            "5",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Uitkomst: Klacht naar tevredenheid afgehandeld")
            && text.contains("Totaalscore: 100%"),
        "{text}"
    );
    let out = bin()
        .args(["play", "klacht-stadswinkel", "--choose", "1,9"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("geen keuze 8"));
    let out = bin()
        .args(["play", "bestaat-niet", "--auto", "random"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn interactive_play_with_a_profile_saves_and_resumes() {
    let data = temp_dir("play");
    let run = |input: &str| {
        let mut child = bin()
            .args(["play", "klacht-stadswinkel", "--profile", "Sanne"])
            .env("GESPREKSTRAINER_DATA", &data)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // Preparation, a time-out, one choice, a typo, then the input ends (as if the window closed).
    let first = run("1\n2\n2\nt\n1\nx\n");
    assert!(first.contains("Tip van de trainer"), "{first}");
    assert!(first.contains("Typ een nummer van 1 tot"), "{first}");
    assert!(data.join("profiles/Sanne/lopend.ron").is_file());
    // Resume and finish with the skilled choices.
    // Answers are shown in a shuffled order, so any sequence works; the turn limit ends the call.
    let second = run(&format!("j\n{}", "1\n".repeat(30)));
    assert!(
        second.contains("onderbroken gesprek klaar (1 beurt)"),
        "{second}"
    );
    assert!(
        second.contains("Uitkomst:") && second.contains("Opgeslagen:"),
        "{second}"
    );
    assert!(!data.join("profiles/Sanne/lopend.ron").exists());
    let attempts = std::fs::read_dir(data.join("profiles/Sanne/pogingen"))
        .unwrap()
        .count();
    assert_eq!(attempts, 1);
}

#[test]
fn validate_in_english_names_file_and_position() {
    let dir = temp_dir("validate-en");
    let good = include_str!("../scenarios/klacht-stadswinkel.ron");
    std::fs::write(dir.join("a-kapot.ron"), "Scenario(id: ").unwrap();
    std::fs::write(
        dir.join("b-verwijzing.ron"),
        good.replacen("next: Goto(\"gevoel\")", "next: Goto(\"gevoell\")", 1),
    )
    .unwrap();
    std::fs::write(dir.join("c-leeg.ron"), "").unwrap();
    let out = bin()
        .args(["--lang", "en", "validate"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].contains("a-kapot.ron:1:") && lines[0].contains(": error: "),
        "{err}"
    );
    // file:line:column: error: the message, in English.
    let reference = lines
        .iter()
        .find(|l| l.contains("b-verwijzing.ron:"))
        .unwrap_or_else(|| panic!("{err}"));
    let place: Vec<&str> = reference.splitn(4, ':').collect();
    assert!(
        place[1].parse::<usize>().is_ok() && place[2].parse::<usize>().is_ok(),
        "{reference}"
    );
    assert!(
        reference.contains(": error: ")
            && reference.contains("goes to the unknown node or ending 'gevoell'"),
        "{reference}"
    );
    assert!(
        err.contains("c-leeg.ron: error: the file is empty"),
        "{err}"
    );
    assert!(!err.contains("fout"), "{err}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("3 files checked: 3 errors"), "{text}");
    // The flag comes after the command just as well.
    let missing = bin()
        .args(["validate", "bestaat/niet.ron", "--lang", "en"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&missing.stderr)
            .contains("bestaat/niet.ron: error: this file or folder does not exist"),
        "{}",
        String::from_utf8_lossy(&missing.stderr)
    );
}

#[test]
fn the_language_of_the_environment_is_followed_and_the_flag_wins() {
    let play = |lang: &[&str]| {
        let out = bin()
            .env("LANG", "en_GB.UTF-8")
            .args([
                "play",
                "klacht-stadswinkel",
                "--auto",
                "best",
                "--seed",
                "5",
            ])
            .args(lang)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let en = play(&[]);
    assert!(
        en.contains("== Result ==")
            && en.contains("Outcome: ")
            && en.contains("Total score: 100%")
            && en.contains("Passed: yes")
            && en.contains("Citizen"),
        "{en}"
    );
    assert!(
        !en.contains("Uitkomst") && !en.contains("Totaalscore"),
        "{en}"
    );
    // Scenario content stays Dutch.
    assert!(
        en.contains("Stadswinkel") || en.contains("stadswinkel"),
        "{en}"
    );
    let nl = play(&["--lang", "nl"]);
    assert!(
        nl.contains("Uitkomst: Klacht naar tevredenheid afgehandeld")
            && nl.contains("Totaalscore: 100%"),
        "{nl}"
    );
    // A locale that names neither language leaves Dutch.
    let c = bin()
        .env("LANG", "C.UTF-8")
        .args(["validate", "bestaat/niet.ron"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&c.stderr).contains(": fout: dit bestand"));
}
