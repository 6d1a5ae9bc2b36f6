//! The organisation's settings as a user meets them: `gesprekstrainer settings` shows each value
//! and its source, a broken `organisatie.ron` stops the commands that need it, and an export made
//! with the settings carries the organisation's home page in every statement.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const VARS: [&str; 5] = [
    "GESPREKSTRAINER_ORGANISATION",
    "GESPREKSTRAINER_HOME_PAGE",
    "GESPREKSTRAINER_LRS",
    "GESPREKSTRAINER_LRS_USER",
    "GESPREKSTRAINER_LRS_PASSWORD",
];

/// The binary in Dutch with its own data folder and none of the settings' variables.
fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gesprekstrainer"));
    for v in VARS.iter().chain(&["LC_ALL", "LC_MESSAGES", "LANG"]) {
        c.env_remove(v);
    }
    c.env("GESPREKSTRAINER_LANG", "nl")
        .env("GESPREKSTRAINER_DATA", data);
    c
}

fn data_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gt-settings-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(c: &mut Command) -> String {
    let o = c.output().unwrap();
    assert!(o.status.success(), "{c:?}: {}", stderr(&o));
    stdout(&o)
}

/// The printed line of one setting (its label at the start).
fn line<'a>(text: &'a str, label: &str) -> &'a str {
    text.lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no line {label:?} in\n{text}"))
}

#[test]
fn without_a_file_settings_says_so_and_prints_an_example() {
    let data = data_dir("missing");
    let out = ok(bin(&data).arg("settings"));
    let file = data.join("organisatie.ron");
    assert!(
        out.contains(&format!("Bestand: {} (bestaat niet", file.display())),
        "{out}"
    );
    assert!(line(&out, "thuispagina").contains("https://example.org/gesprekstrainer"));
    assert!(line(&out, "thuispagina").ends_with("(standaard)"));
    assert!(line(&out, "organisatie").contains("niet ingesteld"));
    // The example to copy, whole, after its heading.
    let (_, example) = out
        .split_once(&format!(
            "Voorbeeld om over te nemen als {}:\n",
            file.display()
        ))
        .expect("the example heading");
    assert_eq!(example, include_str!("../assets/organisatie.voorbeeld.ron"));
    // Copied as it is, the example is a valid settings file that sets nothing.
    std::fs::write(&file, example).unwrap();
    let out = ok(bin(&data).arg("settings"));
    assert!(
        out.contains(&format!("Bestand: {}\n", file.display())),
        "{out}"
    );
    assert!(!out.contains("Voorbeeld om over te nemen"));
    assert!(line(&out, "thuispagina").ends_with("(standaard)"));
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn settings_shows_each_value_and_where_it_came_from() {
    let data = data_dir("sources");
    let file = data.join("organisatie.ron");
    std::fs::write(
        &file,
        r#"(
    organisation: "Gemeente Zuid",
    home_page: "https://leren.zuid.nl/gt",
    lrs_user: "gt-zuid",
    group: "VT-2027-03",
    return_day: "2027-03-12",
)"#,
    )
    .unwrap();
    let out = ok(bin(&data)
        .arg("settings")
        .env("GESPREKSTRAINER_ORGANISATION", "Gemeente Omgeving")
        .env("GESPREKSTRAINER_LRS", "https://lrs.zuid.nl/xAPI/")
        .env("GESPREKSTRAINER_LRS_PASSWORD", "heel-geheim"));
    let from_file = format!("(bestand {})", file.display());
    assert!(
        out.contains(&format!("Bestand: {}\n", file.display())),
        "{out}"
    );
    let org = line(&out, "organisatie");
    assert!(
        org.contains("Gemeente Omgeving")
            && org.ends_with("(omgevingsvariabele GESPREKSTRAINER_ORGANISATION)"),
        "{org}"
    );
    let home = line(&out, "thuispagina");
    assert!(
        home.contains("https://leren.zuid.nl/gt") && home.ends_with(&from_file),
        "{home}"
    );
    assert!(line(&out, "LRS ").ends_with("(omgevingsvariabele GESPREKSTRAINER_LRS)"));
    assert!(line(&out, "LRS-gebruiker").ends_with(&from_file));
    let password = line(&out, "LRS-wachtwoord");
    assert!(
        password.contains("ingesteld (niet getoond)")
            && password.ends_with("(omgevingsvariabele GESPREKSTRAINER_LRS_PASSWORD)"),
        "{password}"
    );
    assert!(!out.contains("heel-geheim"), "the password is never shown");
    assert!(line(&out, "groepscode").contains("VT-2027-03"));
    let day = line(&out, "terugkomdag");
    assert!(
        day.contains("12 maart 2027") && day.ends_with(&from_file),
        "{day}"
    );
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn a_broken_file_stops_the_commands_that_need_it() {
    let data = data_dir("broken");
    ok(bin(&data).args(["profile", "Kapot Proef", "--group", "G1"]));
    let file = data.join("organisatie.ron");
    std::fs::write(
        &file,
        "(\n    organisation: \"Gemeente Zuid\",\n    lrs_password: \"geheim\",\n)\n",
    )
    .unwrap();
    let out_dir = data.join("export");
    let runs: [&[&str]; 3] = [
        &["settings"],
        &[
            "export",
            "--profile",
            "Kapot Proef",
            "--out",
            out_dir.to_str().unwrap(),
        ],
        &["profile", "Nieuw Proef"],
    ];
    for args in runs {
        let o = bin(&data).args(args).output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = stderr(&o);
        assert!(
            err.starts_with(&format!("{}:3:", file.display())),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("fout:")
                && err.contains("omgevingsvariabele GESPREKSTRAINER_LRS_PASSWORD"),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(!out_dir.exists(), "no silent fallback: nothing exported");
    assert!(
        !data.join("profiles/Nieuw_Proef").exists(),
        "no profile made without its default group"
    );
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn profiles_get_the_default_group_unless_one_is_given_or_set() {
    let data = data_dir("group");
    ok(bin(&data).args(["profile", "Eigen Groep", "--group", "EIGEN"]));
    std::fs::write(data.join("organisatie.ron"), "(group: \"VT-3\")").unwrap();
    assert!(ok(bin(&data).args(["profile", "Nieuw"])).contains("(groep VT-3)"));
    assert!(ok(bin(&data).args(["profile", "Gegeven", "--group", "G9"])).contains("(groep G9)"));
    // A profile that has a group keeps it.
    assert!(ok(bin(&data).args(["profile", "Eigen Groep"])).contains("(groep EIGEN)"));
    let _ = std::fs::remove_dir_all(&data);
}

/// Every IRI in a statement that names the organisation's site.
fn iris(s: &Value) -> Vec<String> {
    let mut out = vec![
        s["actor"]["account"]["homePage"]
            .as_str()
            .unwrap()
            .to_owned(),
        s["object"]["id"].as_str().unwrap().to_owned(),
    ];
    for p in s["context"]["contextActivities"]["parent"]
        .as_array()
        .unwrap()
    {
        out.push(p["id"].as_str().unwrap().to_owned());
    }
    for part in [&s["context"]["extensions"], &s["result"]["extensions"]] {
        if let Some(map) = part.as_object() {
            out.extend(map.keys().cloned());
        }
    }
    out
}

#[test]
fn an_export_with_settings_uses_the_organisations_home_page_everywhere() {
    let data = data_dir("export");
    std::fs::write(
        data.join("organisatie.ron"),
        r#"(
    organisation: "Gemeente Zuid & Noord",
    home_page: "https://leren.zuid.nl/gesprekstrainer/",
    return_day: "2027-03-12",
)"#,
    )
    .unwrap();
    ok(bin(&data).args(["profile", "Export Proef"]));
    for args in [
        ["play", "klacht-stadswinkel", "--auto", "best"],
        ["play", "bijstand-terugvordering", "--auto", "worst"],
    ] {
        ok(bin(&data).args(args).args(["--profile", "Export Proef"]));
    }
    let out_dir = data.join("export");
    ok(bin(&data).args([
        "export",
        "--profile",
        "Export Proef",
        "--out",
        out_dir.to_str().unwrap(),
    ]));

    let home = "https://leren.zuid.nl/gesprekstrainer";
    let statements: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("xapi.json")).unwrap()).unwrap();
    assert!(statements.len() > 10, "{}", statements.len());
    for s in &statements {
        assert_eq!(s["actor"]["account"]["homePage"], home);
        for iri in iris(s) {
            assert!(iri.starts_with(home), "{iri} in {s}");
        }
        assert!(
            s["object"]["id"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{home}/scenario/"))
        );
    }
    assert!(
        !std::fs::read_to_string(out_dir.join("xapi.json"))
            .unwrap()
            .contains("example.org"),
        "nothing of the default home page is left"
    );
    let html = std::fs::read_to_string(out_dir.join("rapport.html")).unwrap();
    assert!(
        html.contains("Organisatie: Gemeente Zuid &amp; Noord · Terugkomdag: 12 maart 2027"),
        "the organisation and the return day head the report"
    );
    let raw = std::fs::read_to_string(out_dir.join("export.ron")).unwrap();
    assert!(raw.contains("organisation: Some(\"Gemeente Zuid & Noord\")"));

    // The group report names the organisation once, however many of its trainees it has.
    ok(bin(&data).args(["profile", "Tweede Proef"]));
    ok(bin(&data).args([
        "play",
        "klacht-stadswinkel",
        "--auto",
        "best",
        "--profile",
        "Tweede Proef",
    ]));
    let second = data.join("export-2");
    ok(bin(&data).args([
        "export",
        "--profile",
        "Tweede Proef",
        "--out",
        second.to_str().unwrap(),
    ]));
    let group = data.join("groep");
    ok(bin(&data)
        .arg("review")
        .arg(&out_dir)
        .arg(&second)
        .arg("--out")
        .arg(&group));
    let group_html = std::fs::read_to_string(group.join("groep.html")).unwrap();
    assert_eq!(
        group_html.matches("Gemeente Zuid &amp; Noord").count(),
        1,
        "listed once"
    );
    assert!(group_html.contains("Organisatie: Gemeente Zuid &amp; Noord"));

    // A flag wins over the file.
    let flagged = data.join("export-vlag");
    ok(bin(&data).args([
        "export",
        "--profile",
        "Export Proef",
        "--out",
        flagged.to_str().unwrap(),
        "--home-page",
        "https://vlag.example.nl",
    ]));
    let statements: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(flagged.join("xapi.json")).unwrap()).unwrap();
    assert!(
        statements
            .iter()
            .all(|s| s["actor"]["account"]["homePage"] == "https://vlag.example.nl")
    );
    let _ = std::fs::remove_dir_all(&data);
}
