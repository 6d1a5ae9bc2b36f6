//! Without a display the window does not panic: a Dutch message, a pointer to the terminal,
//! exit code 2.

#![cfg(feature = "app")]

use std::process::Command;

#[test]
fn without_a_display_the_program_says_why_and_points_to_the_terminal() {
    let data = std::env::temp_dir().join(format!("gt-no-display-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_gesprekstrainer"))
        // The Dutch texts below, whatever the machine's language.
        .env("GESPREKSTRAINER_LANG", "nl")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("GESPREKSTRAINER_DATA", &data)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("geen beeldscherm"), "{err}");
    assert!(err.contains("gesprekstrainer play"), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&data);
}
