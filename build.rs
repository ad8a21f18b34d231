//! Links the `naskah` binary as a position-dependent executable on Linux.
//!
//! A position-independent executable of this size (typst, fonts and tables) carries about
//! 100,000 relocations that the dynamic loader applies at every start, copying 1.7 MB of
//! pages: about 1.8 ms of the 4 ms that `naskah validate` may take, for every command.
//! Linked at a fixed address the loader applies none. The libraries, heap and stack are
//! still placed at random; only the program's own code is not. The library, the tests
//! and the other targets are not affected.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    // Sanitizer builds (cargo fuzz) need a position-independent executable.
    let sanitized = std::env::var("CARGO_ENCODED_RUSTFLAGS").is_ok_and(|f| f.contains("sanitizer"));
    if linux && !sanitized {
        println!("cargo:rustc-link-arg-bin=naskah=-no-pie");
    }
}
