//! Golden files: the model dump of every document of every sample, and the normalised
//! `word/document.xml` of every document of the Denpasar-Perth sample in both layouts.

use crate::harness::{golden, normalise_xml, read, sample, unzip, Sandbox};
use naskah::assemble::Assembler;
use naskah::library::Library;
use naskah::model::{dump, DocKind};

const SAMPLES: [&str; 4] = ["denpasar-perth", "denpasar-foodwaste-ksdll", "gianyar-kabupaten", "gianyar-gapyeong-ko"];

#[test]
fn model_dumps_of_every_sample_and_kind() {
    let asm = Assembler::new(None, Library::embedded().expect("the embedded library loads")).expect("the templates load");
    for name in SAMPLES {
        let path = sample(&format!("{name}.yaml"));
        let src = std::fs::read_to_string(&path).expect("sample");
        let loaded = naskah::input::load(&path.display().to_string(), &src).expect("the sample is valid");
        for kind in DocKind::ALL {
            let (doc, _) = asm.draft(kind, &loaded.input).expect("drafts");
            golden(&format!("{name}/{}.model.txt", kind.slug()), &dump(&doc));
        }
    }
}

#[test]
fn document_xml_in_both_layouts() {
    let sb = Sandbox::new();
    let input = sample("denpasar-perth.yaml");
    for layout in ["columns", "sequential"] {
        let out = sb.path(layout);
        let run = sb.run(&["draft", "all", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--layout", layout]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for kind in DocKind::ALL {
            let parts = unzip(&read(&out.join(format!("{}.docx", kind.slug()))));
            let (_, xml) = parts.iter().find(|(n, _)| n == "word/document.xml").expect("a document part");
            let xml = normalise_xml(std::str::from_utf8(xml).expect("UTF-8"));
            golden(&format!("denpasar-perth/{}.{layout}.document.xml", kind.slug()), &xml);
        }
    }
}
