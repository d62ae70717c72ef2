//! The committed snapshot of the generated code (`generated/`, written by `cargo xtask
//! show-generated`) is exactly what the build compiled: a change to the spec, the overlay or
//! the code generator shows up as a diff there, and CI fails until it is committed.

macro_rules! same {
    ($file:literal) => {
        assert!(
            include_str!(concat!("../generated/", $file))
                == include_str!(concat!(env!("OUT_DIR"), "/", $file)),
            concat!(
                "generated/",
                $file,
                " is not what build.rs generated: run `cargo xtask show-generated` and commit it"
            )
        );
    };
}

#[test]
fn the_snapshot_is_what_the_build_compiles() {
    same!("surface.rs");
    same!("enums.rs");
}

#[test]
fn the_raw_client_snapshot_is_what_the_build_compiles() {
    assert!(
        include_str!("../generated/raw.rs") == include_str!(concat!(env!("OUT_DIR"), "/calls.rs")),
        "generated/raw.rs is not what build.rs generated: run `cargo xtask show-generated`"
    );
}
