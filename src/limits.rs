//! Budgets: how much of each resource one input may make naskah use.
//!
//! naskah reads files that come from outside (partners, email, shared drives), so every
//! reader works within explicit bounds, and a file beyond one is refused with exit code 2
//! and a message that names the budget. Each bound is set well above what a real document
//! needs (the figures in the comments are what the largest real drafts seen use) and well
//! below what would exhaust a small office computer. README lists them.

/// One bound: what it limits, how much, and in which unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// What is counted, as the message names it ("bytes of page content").
    pub what: &'static str,
    pub limit: u64,
}

impl Budget {
    /// The message of a refusal: which budget, and what was found when it is known.
    pub fn exceeded(&self, found: Option<u64>) -> String {
        match found {
            Some(n) => format!("over the budget of {} {} ({})", thousands(self.limit), self.what, thousands(n)),
            None => format!("over the budget of {} {}", thousands(self.limit), self.what),
        }
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A draft file to check: the largest real drafts (scanned PDFs with a text layer) are a
/// few MB.
pub const INPUT_BYTES: Budget = Budget { what: "bytes in a draft file", limit: 64 * 1024 * 1024 };
/// An input YAML file: a complete case is about 20 KB.
pub const YAML_BYTES: Budget = Budget { what: "bytes in an input file", limit: 1024 * 1024 };
/// The text of all scalars of an input after aliases are expanded.
pub const YAML_EXPANDED_BYTES: Budget = Budget { what: "bytes of text after expanding aliases", limit: 4 * 1024 * 1024 };
/// One text value of an input: a background paragraph is rarely 1,500 characters.
pub const TEXT_CHARS: Budget = Budget { what: "characters in one text", limit: 5_000 };
/// One part of a DOCX package once unzipped (a 300-page document.xml is about 10 MB).
pub const DOCX_PART_BYTES: Budget = Budget { what: "bytes in one unzipped part of the package", limit: 64 * 1024 * 1024 };
/// XML elements in one part (a 300-page document has about 250,000).
pub const XML_NODES: Budget = Budget { what: "XML nodes in one part", limit: 2_000_000 };
/// Nesting of XML elements (Word nests tables in tables a few levels: about 30 deep).
pub const XML_DEPTH: Budget = Budget { what: "levels of nested XML elements", limit: 256 };
/// Namespace declarations in one part (Word declares about 30 on the root).
pub const XML_NAMESPACES: Budget = Budget { what: "XML namespace declarations in one part", limit: 1_000 };
/// A numbering label computed from a Word list ("Pasal 12", "(iv)", "3.2.1.").
pub const LABEL_CHARS: Budget = Budget { what: "characters in a numbering label", limit: 64 };
/// Pages of a PDF (an agreement with its annexes is under 200 pages).
pub const PDF_PAGES: Budget = Budget { what: "pages", limit: 5_000 };
/// Content streams of one PDF page (Word writes one or two).
pub const PDF_PAGE_STREAMS: Budget = Budget { what: "content streams on one page", limit: 1_000 };
/// Decompressed content of one PDF page (a dense page of text is about 50 KB).
pub const PDF_PAGE_CONTENT_BYTES: Budget = Budget { what: "bytes of content on one page", limit: 4 * 1024 * 1024 };
/// Decompressed content of all pages of a PDF.
pub const PDF_CONTENT_BYTES: Budget = Budget { what: "bytes of page content in the whole PDF", limit: 128 * 1024 * 1024 };
/// Content operators in a whole PDF (a dense page has about 2,000).
pub const PDF_OPERATORS: Budget = Budget { what: "content operators", limit: 20_000_000 };
/// Pages of a scan read by OCR in one file (a page takes one to three seconds).
pub const OCR_PAGES: Budget = Budget { what: "pages to read by OCR", limit: 30 };
/// Pixels of one page or image given to OCR (an A4 page at 300 dpi has 8.7 million).
pub const OCR_PIXELS: Budget = Budget { what: "pixels in one page for OCR", limit: 25_000_000 };
/// Paragraphs or lines of text read from one draft (300 pages are about 15,000).
pub const PARAGRAPHS: Budget = Budget { what: "paragraphs or lines", limit: 200_000 };
/// Files in one batch (folders are walked).
pub const BATCH_FILES: Budget = Budget { what: "files in one run", limit: 100_000 };
/// Depth of folders walked below a folder given on the command line.
pub const FOLDER_DEPTH: Budget = Budget { what: "levels of folders", limit: 64 };
/// Wall-clock seconds one file of a batch may take before it is given up (the slowest real
/// draft takes well under a second; OCR about two seconds a page).
pub const FILE_SECONDS: Budget = Budget { what: "seconds on one file", limit: 120 };
/// Address space of a worker that reads drafts, in bytes.
pub const WORKER_MEMORY_BYTES: Budget = Budget { what: "bytes of memory for one file", limit: 3 * 1024 * 1024 * 1024 };

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_separates_groups_of_three() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1000), "1,000");
        assert_eq!(super::thousands(67_108_864), "67,108,864");
        assert_eq!(super::INPUT_BYTES.exceeded(Some(70_000_000)), "over the budget of 67,108,864 bytes in a draft file (70,000,000)");
    }
}
