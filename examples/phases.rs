use std::time::Instant;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let src = std::fs::read_to_string(&args[1]).unwrap();
    let dir = std::path::Path::new(&args[2]);
    for _ in 0..3 {
        let t = Instant::now();
        let loaded = naskah::input::load(&args[1], &src).unwrap();
        let t1 = t.elapsed();
        let lib = naskah::library::Library::embedded().unwrap();
        let t2 = t.elapsed();
        let asm = naskah::assemble::Assembler::new(Some(dir), lib).unwrap();
        let t3 = t.elapsed();
        let (doc, _) = asm.draft(naskah::model::DocKind::Mou, &loaded.input).unwrap();
        let t4 = t.elapsed();
        let bytes = naskah::render::docx::render(&doc, &Default::default()).unwrap();
        let t5 = t.elapsed();
        println!("load {:?} lib {:?} asm {:?} draft {:?} render {:?} ({} bytes, {} blocks)", t1, t2 - t1, t3 - t2, t4 - t3, t5 - t4, bytes.len(), doc.blocks.len());
    }
}
