//! Prints the model dump of one document kind for an input: `cargo run --example dump -- mou FILE`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let kind = naskah::model::DocKind::from_slug(&args[1]).expect("kind");
    let src = std::fs::read_to_string(&args[2]).expect("read");
    let loaded = naskah::input::load(&args[2], &src).expect("valid input");
    let asm = naskah::assemble::Assembler::new(None, naskah::library::Library::embedded().expect("lib")).expect("asm");
    let (doc, _) = asm.draft(kind, &loaded.input).expect("draft");
    print!("{}", naskah::model::dump(&doc));
}
