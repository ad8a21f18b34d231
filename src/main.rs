//! The `naskah` binary: parse arguments, run, exit with the code.

fn main() {
    std::process::exit(naskah::cli::main());
}
