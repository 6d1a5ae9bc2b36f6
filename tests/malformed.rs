//! Bad input is normal input: every malformed scenario file gives an error naming the file.

use std::path::Path;

use gesprekstrainer::core::format::load::load_bytes;

const GOOD: &str = include_str!("../scenarios/klacht-stadswinkel.ron");

/// Loads on a thread with a small stack, so deep recursion would show up as a crash.
fn load(bytes: Vec<u8>) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            load_bytes(Path::new("scenarios/kapot.ron"), &bytes)
                .map(|_| ())
                .map_err(|e| e.to_string())
        })
        .unwrap()
        .join()
        .expect("loading must not panic or overflow the stack")
}

fn assert_error(bytes: Vec<u8>, expect: &str) {
    let e = load(bytes).expect_err("malformed input must be refused");
    assert!(
        e.starts_with("scenarios/kapot.ron"),
        "error does not name the file: {e}"
    );
    assert!(e.contains("fout:"), "{e}");
    assert!(e.contains(expect), "expected '{expect}' in: {e}");
}

#[test]
fn empty_and_whitespace_files() {
    assert_error(Vec::new(), "leeg");
    assert_error(b"  \n\t\n".to_vec(), "leeg");
}

#[test]
fn random_bytes() {
    let mut x: u32 = 12345;
    for _ in 0..50 {
        let bytes: Vec<u8> = (0..200)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (x >> 16) as u8
            })
            .collect();
        let e = load(bytes).expect_err("random bytes are no scenario");
        assert!(e.starts_with("scenarios/kapot.ron"), "{e}");
    }
}

#[test]
fn truncated_ron_at_many_points_names_a_position() {
    for cut in (10..GOOD.len()).step_by(997) {
        let mut end = cut;
        while !GOOD.is_char_boundary(end) {
            end -= 1;
        }
        let e = load(GOOD.as_bytes()[..end].to_vec()).expect_err("truncated file");
        assert!(e.starts_with("scenarios/kapot.ron:"), "{e}");
    }
}

#[test]
fn wrong_types_point_at_the_line() {
    let bad = GOOD.replacen("version: 2,", "version: \"een\",", 1);
    let e = load(bad.into_bytes()).unwrap_err();
    let line = GOOD
        .lines()
        .position(|l| l.contains("version: 2,"))
        .unwrap()
        + 1;
    assert!(
        e.starts_with(&format!("scenarios/kapot.ron:{line}:")),
        "{e}"
    );
    let bad = GOOD.replacen("tags: [OpenQuestion]", "tags: [Toverwoord]", 1);
    assert_error(bad.into_bytes(), "Toverwoord");
}

#[test]
fn invalid_utf8_names_the_position() {
    let mut bytes = b"Scenario(\n  id: \"x".to_vec();
    bytes.extend([0xff, 0xfe, b'"']);
    assert_error(bytes, "2:");
    assert_error(vec![0xc3], "UTF-8");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = vec![0xef, 0xbb, 0xbf];
    bytes.extend(GOOD.as_bytes());
    load(bytes).expect("a BOM from a Windows editor is fine");
}

#[test]
fn twenty_thousand_levels_of_nesting() {
    let depth = 20_000;
    let lists = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert_error(lists.into_bytes(), "fout:");
    let conditions = format!(
        "{}AngerAtLeast(5){}",
        "Not(".repeat(depth),
        ")".repeat(depth)
    );
    let bad = GOOD.replacen(
        "Branch(cases: [(when: AngerAtLeast(80),",
        &format!("Branch(cases: [(when: {conditions},"),
        1,
    );
    assert_error(bad.into_bytes(), "fout:");
    let field = GOOD.replacen(
        "version: 2,",
        &format!(
            "version: 2, extra: {}{},",
            "(".repeat(depth),
            ")".repeat(depth)
        ),
        1,
    );
    assert_error(field.into_bytes(), "fout:");
}

#[test]
fn unknown_fields_are_refused() {
    let bad = GOOD.replacen("version: 2,", "version: 2, versie: 2,", 1);
    assert_error(bad.into_bytes(), "versie");
}
