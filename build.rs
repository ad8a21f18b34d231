//! Links the `naskah` binary as a position-dependent executable on Linux, and reads the
//! embedded YAML data into JSON.
//!
//! A position-independent executable of this size (typst, fonts and tables) carries about
//! 100,000 relocations that the dynamic loader applies at every start, copying 1.7 MB of
//! pages: about 1.8 ms of the 4 ms that `naskah validate` may take, for every command.
//! Linked at a fixed address the loader applies none. The libraries, heap and stack are
//! still placed at random; only the program's own code is not. The library, the tests
//! and the other targets are not affected.
//!
//! The checker's knowledge, the clause library and the province table are written in YAML
//! (and read from YAML when a user gives their own); the copies embedded in the binary are
//! read here, once, into JSON, which serde_json reads at every start several times faster
//! than a YAML parser. A test reads each from its YAML too and compares.
//!
//! The input's JSON Schema is written a second time without its descriptions, compact:
//! what validating a file without problems needs, at two fifths of the bytes to read.
use std::path::Path;

/// A JSON Schema without its descriptions (the keyword, not a property of that name).
fn bare(schema: &mut serde_json::Value) {
    use serde_json::Value;
    if let Value::Object(map) = schema {
        if map.get("description").is_some_and(Value::is_string) {
            map.remove("description");
        }
        for (key, value) in map.iter_mut() {
            match (key.as_str(), value) {
                // A map of names to schemas: each value is a schema, its keys are names.
                ("properties" | "$defs", Value::Object(named)) => named.values_mut().for_each(bare),
                (_, value) => bare(value),
            }
        }
    } else if let Value::Array(items) = schema {
        items.iter_mut().for_each(bare);
    }
}

/// A YAML file as compact JSON.
fn json(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // YAML 1.2 booleans only: the words `on`, `yes`, `no` and `off` stay words, as they
    // are when the YAML is read straight into the program's string fields.
    let options = serde_saphyr::options! { strict_booleans: true };
    let value: serde_json::Value =
        serde_saphyr::from_str_with_options(&text, options).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_string(&value).expect("a JSON value serialises")
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, text: String| std::fs::write(out.join(name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
    write("knowledge.json", json(Path::new("checker/knowledge.yaml")));
    write("provinces.json", json(Path::new("data/provinces.yaml")));
    println!("cargo:rerun-if-changed=data/input-schema.json");
    let mut schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("data/input-schema.json").expect("data/input-schema.json"))
            .expect("data/input-schema.json is JSON");
    bare(&mut schema);
    write("input-schema-bare.json", serde_json::to_string(&schema).expect("a JSON value serialises"));
    // The clauses, as one object: file name -> clause.
    println!("cargo:rerun-if-changed=clauses");
    let mut files: Vec<_> = std::fs::read_dir("clauses")
        .expect("the clause library")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let clauses: Vec<String> = files
        .iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).expect("a UTF-8 file name");
            format!("{}:{}", serde_json::to_string(name).expect("a string serialises"), json(p))
        })
        .collect();
    write("clauses.json", format!("{{{}}}", clauses.join(",")));
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    // Sanitizer builds (cargo fuzz) need a position-independent executable.
    let sanitized = std::env::var("CARGO_ENCODED_RUSTFLAGS").is_ok_and(|f| f.contains("sanitizer"));
    if linux && !sanitized {
        println!("cargo:rustc-link-arg-bin=naskah=-no-pie");
    }
}
