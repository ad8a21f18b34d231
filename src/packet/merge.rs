//! Merging PDFs into one, with lopdf: one bookmark per document and the metadata of the
//! whole. Only what a page needs is carried over (its content, fonts and images, found by
//! following references from the page); each source's catalog, outline and XMP go, and
//! the merged file gets its own. No clock is read: the creation date comes from the caller.

use lopdf::{dictionary, Bookmark, Dictionary, Object, ObjectId};
use std::collections::{BTreeSet, VecDeque};

/// A PDF loaded for merging.
pub struct Pdf {
    doc: lopdf::Document,
}

impl Pdf {
    /// Parses a PDF made by naskah's renderer.
    pub fn load(bytes: &[u8]) -> Result<Pdf, String> {
        lopdf::Document::load_mem(bytes).map(|doc| Pdf { doc }).map_err(|e| format!("cannot read the PDF to merge: {e}"))
    }

    /// The number of pages.
    pub fn pages(&self) -> usize {
        self.doc.get_pages().len()
    }

    /// The parsed file, to read its text back.
    pub fn document(&self) -> &lopdf::Document {
        &self.doc
    }

    /// Sets one line of text at the top of the first page, right-aligned in its margin: an
    /// enclosure's "LAMPIRAN III SURAT ... NOMOR ... TANGGAL ..." in the packet, as naskah's
    /// own attachments carry it in their header. The page's content is wrapped in a saved
    /// graphics state, so that whatever it leaves set does not move the line; the line is in
    /// Helvetica, a font every reader has (characters beyond Latin-1 become "?").
    pub fn stamp(&mut self, line: &str) -> Result<(), String> {
        let doc = &mut self.doc;
        let page = *doc.get_pages().values().next().ok_or("the PDF has no page")?;
        let number = |o: &Object| o.as_float().ok().or_else(|| o.as_i64().ok().map(|i| i as f32));
        let media = match inherited(doc, page, b"MediaBox") {
            Some(Object::Reference(id)) => doc.get_object(id).ok().cloned(),
            other => other,
        };
        let b: Vec<f32> = media.as_ref().and_then(|m| m.as_array().ok()).map(|a| a.iter().filter_map(number).collect()).unwrap_or_default();
        let [x0, _, x1, y1] = b[..] else { return Err("the first page has no MediaBox".into()) };
        let resources = match inherited(doc, page, b"Resources") {
            Some(Object::Reference(id)) => doc.get_dictionary(id).map_err(|e| e.to_string())?.clone(),
            Some(Object::Dictionary(d)) => d,
            _ => Dictionary::new(),
        };
        let mut resources = resources;
        let mut fonts = match resources.get(b"Font") {
            Ok(Object::Reference(id)) => doc.get_dictionary(*id).map_err(|e| e.to_string())?.clone(),
            Ok(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        fonts.set(
            "NaskahStamp",
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" },
        );
        resources.set("Font", fonts);
        // Latin-1 in WinAnsi, brackets and backslashes escaped.
        let mut text = Vec::new();
        for c in line.chars() {
            match c {
                '(' | ')' | '\\' => text.extend([b'\\', c as u8]),
                c if (' '..='~').contains(&c) || ('\u{a0}'..='\u{ff}').contains(&c) => text.push(c as u32 as u8),
                _ => text.push(b'?'),
            }
        }
        // Right-aligned 2 cm from the edge, 1 cm below the top, 7 pt (Helvetica's letters
        // average a little over half their size).
        let size = 7.0;
        let width = line.chars().count() as f32 * size * 0.56;
        let x = (x1 - 56.7 - width).max(x0 + 28.3);
        let y = y1 - 28.3;
        let mut stamp = format!("Q\nq BT /NaskahStamp {size} Tf {x:.1} {y:.1} Td (").into_bytes();
        stamp.extend(text);
        stamp.extend(b") Tj ET Q\n");
        let before = doc.add_object(lopdf::Stream::new(Dictionary::new(), b"q\n".to_vec()));
        let after = doc.add_object(lopdf::Stream::new(Dictionary::new(), stamp));
        let dict = doc.get_dictionary_mut(page).map_err(|e| e.to_string())?;
        let mut contents = vec![Object::Reference(before)];
        match dict.get(b"Contents") {
            Ok(Object::Array(items)) => contents.extend(items.iter().cloned()),
            Ok(other) => contents.push(other.clone()),
            Err(_) => {}
        }
        contents.push(Object::Reference(after));
        dict.set("Contents", contents);
        dict.set("Resources", resources);
        Ok(())
    }
}

/// The document information of the merged file.
pub struct Meta {
    pub title: String,
    pub subject: String,
    pub author: String,
    pub creator: String,
    /// `YYYYMMDD`, from the input.
    pub date: String,
}

/// A PDF text string: ASCII as is, anything else as UTF-16BE with its byte order mark.
fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::string_literal(s)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        Object::string_literal(bytes)
    }
}

/// The value of a page attribute, looking up the page tree as PDF inheritance does.
fn inherited(doc: &lopdf::Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut current = page;
    for _ in 0..64 {
        let dict = doc.get_dictionary(current).ok()?;
        if let Ok(value) = dict.get(key) {
            return Some(value.clone());
        }
        current = dict.get(b"Parent").and_then(Object::as_reference).ok()?;
    }
    None
}

/// Every reference inside an object, in order.
fn references(obj: &Object, out: &mut Vec<ObjectId>) {
    match obj {
        Object::Reference(id) => out.push(*id),
        Object::Array(items) => items.iter().for_each(|o| references(o, out)),
        Object::Dictionary(d) => d.iter().filter(|(k, _)| k.as_slice() != b"Parent").for_each(|(_, o)| references(o, out)),
        Object::Stream(s) => s.dict.iter().for_each(|(_, o)| references(o, out)),
        _ => {}
    }
}

/// Merges documents in order, each with its bookmark title, into one PDF.
pub fn merge(parts: Vec<(String, Pdf)>, meta: &Meta) -> Result<Vec<u8>, String> {
    let mut out = lopdf::Document::with_version("1.7");
    let pages_id = out.new_object_id();
    let mut kids = Vec::new();
    for (title, Pdf { mut doc }) in parts {
        doc.renumber_objects_with(out.max_id + 1);
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        let first = *pages.first().ok_or_else(|| format!("`{title}` has no page"))?;
        // Reachable from the pages, not through `Parent`: contents, resources, fonts, annotations.
        let mut keep = BTreeSet::new();
        let mut queue: VecDeque<ObjectId> = pages.iter().copied().collect();
        while let Some(id) = queue.pop_front() {
            if !keep.insert(id) {
                continue;
            }
            if let Ok(obj) = doc.get_object(id) {
                let mut refs = Vec::new();
                references(obj, &mut refs);
                queue.extend(refs.into_iter().filter(|r| !keep.contains(r)));
            }
        }
        for id in &pages {
            let mut page = doc.get_dictionary(*id).map_err(|e| format!("`{title}`: {e}"))?.clone();
            for key in [&b"MediaBox"[..], b"CropBox", b"Resources", b"Rotate"] {
                if !page.has(key) {
                    if let Some(value) = inherited(&doc, *id, key) {
                        page.set(key.to_vec(), value);
                    }
                }
            }
            page.set("Parent", pages_id);
            // Structure-tree keys point into the dropped catalog.
            page.remove(b"StructParents");
            doc.objects.insert(*id, Object::Dictionary(page));
        }
        for id in keep {
            if let Some(obj) = doc.objects.remove(&id) {
                out.objects.insert(id, obj);
            }
        }
        out.max_id = out.max_id.max(doc.max_id);
        kids.extend(pages.iter().map(|id| Object::Reference(*id)));
        out.add_bookmark(Bookmark::new(title, [0.0, 0.0, 0.0], 0, first), None);
    }
    let count = kids.len() as i64;
    out.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }));
    let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id, "PageMode" => "UseOutlines" };
    if let Some(outline) = out.build_outline() {
        catalog.set("Outlines", outline);
    }
    let catalog_id = out.add_object(catalog);
    let info: Dictionary = dictionary! {
        "Title" => text_string(&meta.title),
        "Subject" => text_string(&meta.subject),
        "Author" => text_string(&meta.author),
        "Creator" => text_string(&meta.creator),
        "Producer" => text_string(&meta.creator),
        "CreationDate" => Object::string_literal(format!("D:{}000000Z", meta.date)),
    };
    let info_id = out.add_object(info);
    out.trailer.set("Root", catalog_id);
    out.trailer.set("Info", info_id);
    // Objects numbered 1 to n without gaps (the merged documents' dropped catalogs and
    // structure trees leave many), and a classic cross-reference table: poppler (pdfinfo,
    // pdftotext, many viewers) reports "Invalid XRef entry 0" for lopdf's cross-reference
    // stream, which starts at object 1, and for a table of many subsections.
    out.renumber_objects();
    out.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
    let mut bytes = Vec::new();
    out.save_to(&mut bytes).map_err(|e| format!("cannot write the merged PDF: {e}"))?;
    Ok(bytes)
}
