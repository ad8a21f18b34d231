use std::time::Instant;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let src = std::fs::read_to_string(&args[1]).unwrap();
    let dir = std::path::Path::new(&args[2]);
    let loaded = naskah::input::load(&args[1], &src).unwrap();
    let asm = naskah::assemble::Assembler::new(Some(dir), naskah::library::Library::embedded().unwrap()).unwrap();
    let (doc, _) = asm.draft(naskah::model::DocKind::Mou, &loaded.input).unwrap();
    for layout in [naskah::render::Layout::Columns, naskah::render::Layout::Sequential] {
        let t = Instant::now();
        let bytes = naskah::render::docx::render(&doc, &naskah::render::Options { layout }).unwrap();
        println!("{layout:?} render {:?} ({} bytes)", t.elapsed(), bytes.len());
    }
}
