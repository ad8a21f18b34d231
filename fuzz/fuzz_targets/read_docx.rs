//! cargo-fuzz target (nightly): `cargo +nightly fuzz run read_docx` from the repository root.
//! The input is given the docx signature so that the docx reader is the one exercised.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut bytes = b"PK\\x03\\x04".to_vec();
    bytes.extend_from_slice(data);
    if let Ok(doc) = naskah::read::read_unguarded(&bytes) {
        let _ = naskah::check::check(&doc, None);
    }
});
