//! Plain text and Markdown reader.
//!
//! Understands: one paragraph per line (blank lines ignored), Markdown `#` headings,
//! bilingual text in columns separated by a tab, ` | ` or a gap of spaces (a run of column
//! lines is read one column after the other), UTF-8 and, failing that, Latin-1 (old
//! Windows exports).
//! Does not understand: Markdown tables beyond their cells, emphasis (kept as text).

use super::{document, ReadError};
use crate::model::{Document, Location};

pub fn read(bytes: &[u8]) -> Result<Document, ReadError> {
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            // Binary garbage is refused; text in a legacy 8-bit encoding is read as Latin-1.
            let control = bytes.iter().filter(|b| **b < 0x09 || (**b > 0x0d && **b < 0x20)).count();
            if control * 20 > bytes.len() {
                return Err(ReadError::new("the file is neither text, DOCX nor PDF").hint("save the draft as .docx, .pdf or plain text"));
            }
            bytes.iter().map(|b| *b as char).collect()
        }
    };
    if text.contains('\0') {
        return Err(ReadError::new("the file is neither text, DOCX nor PDF").hint("save the draft as .docx, .pdf or plain text"));
    }
    let mut paras = Vec::new();
    // Consecutive lines of two (or more) columns: each column is read down the run, as the
    // eye reads it, so that a sentence wrapped within its column stays one text.
    let mut run: Vec<(Vec<String>, Location)> = Vec::new();
    // An e-mail's quoted lines ("> ACTION PLAN", ">> Dear ..."), three or more opening at the
    // margin: read as the text they quote (a rule among them is a rule).
    let quoted = |l: &str| l.starts_with('>');
    let quoting = text.lines().filter(|l| quoted(l)).nth(2).is_some();
    let unquoted = text.lines().map(|l| if quoting && quoted(l) { l.trim_start_matches(['>', ' ']) } else { l });
    // A list run into one line, as a web page's transcript of slides or a copy of a table page
    // gives it ("4. 4. Why Liyang - Columbia's Voice • Large population ... • More Chinese
    // professionals"): an item a line, each at the line's own number.
    let (raws, numbers): (Vec<&str>, Vec<u32>) = unquoted
        .enumerate()
        .flat_map(|(i, l)| {
            let n = i as u32 + 1;
            let l = numbered_twice(l);
            // (One bullet after a short title is a slide's one item: "Why Liyang - Columbia's
            // Voice • Large population of Chinese immigrants o 8,014 in Howard County ...".)
            let titled = || l.split_once(" • ").is_some_and(|(title, _)| title.split_whitespace().count() <= 10);
            let items = if l.matches(" • ").count() >= 2 || titled() { bullets(l) } else { vec![l] };
            items.into_iter().map(move |item| (item, n))
        })
        .unzip();
    // Whether the nearest non-blank line before or after line `i` has cells too, or the
    // second after it is a table's rule (under a header whose last cell wraps onto the next
    // line).
    // A spreadsheet saved as CSV with semicolons (three lines of three or more of them, no
    // tabs): its rows are rows of cells, "RENCANA AKSI / ACTION PLAN;;;;;;;" a line alone.
    let csv_row = |l: &str| l.matches(';').count() >= 3 && !l.contains('\t');
    let csv = raws.iter().filter(|l| csv_row(l)).nth(2).is_some();
    let celled = |l: &str| l.contains('\t') || l.contains(" | ") || l.contains(" || ") || rule(l.trim()) || (csv && csv_row(l));
    let near_cells = |i: usize| {
        let before = raws[..i].iter().rev().find(|l| !l.trim().is_empty());
        let mut after = raws[i + 1..].iter().filter(|l| !l.trim().is_empty());
        before.is_some_and(|l| celled(l)) || after.next().is_some_and(|l| celled(l)) || after.next().is_some_and(|l| rule(l.trim()))
    };
    // The line that opened the current run of columns, as it stands (its cells' columns).
    let mut run_opener: Option<String> = None;
    for (i, raw) in raws.iter().enumerate() {
        super::count_paragraph(paras.len() + run.len())?;
        let loc = Location { line: Some(numbers[i]), ..Default::default() };
        let boxed = box_drawing(raw);
        let line = boxed.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(h) = line.strip_prefix('#') {
            flush(&mut run, &mut paras);
            paras.push((h.trim_start_matches('#').trim().to_string(), true, loc));
            continue;
        }
        // A table's rule ("---|---|---", "+-----+-----+"): markup, not a paragraph, and not
        // the end of the table's run.
        if rule(line) {
            continue;
        }
        // An entry of a table of contents ("Pasal 5   Pembiayaan ........ 5") is one
        // paragraph, not columns.
        // So is a page's header or footer that ends on the page's number ("DRAF v.3 - Bagian
        // Kerja Sama        Hal. 1", "Av. Mário Ypiranga, 3280 - Manaus/AM      Pág. 4/6"): its
        // number is no column beside the text (a row of initials beside it still is).
        let mut cells = if super::contents_entry(line) {
            vec![line.to_string()]
        } else if csv && csv_row(line) {
            csv_cells(line)
        } else {
            columns(line)
        };
        if cells.len() == 2 && !line.contains(['|', '\t']) && page_furniture(line) {
            cells = vec![line.to_string()];
        }
        // A lone line of four cells or more, no table around it, is a web page's menu
        // ("Beranda | Peraturan Daerah | Peraturan Bupati | ..."): one paragraph, so that no
        // item opens a line as a title would.
        // (Not a table's page run into one line, its header and rows one after the other
        // between bars: a menu's items are a few words each. A line whose wide gaps part long
        // texts is a page whose line breaks were lost, and stays one paragraph.)
        let menu = || !line.contains('|') || cells.iter().all(|c| c.split_whitespace().count() <= 4);
        if cells.len() >= 4 && !near_cells(i) && menu() {
            cells = vec![line.to_string()];
        }
        // A header's cell wrapped onto the next line ("Hasil yang" / "diharapkan", under it):
        // its words join the cell above them.
        if let (1, Some(opener)) = (run.len(), &run_opener) {
            if cells.len() < run[0].0.len() {
                if let Some(joined) = wrapped_header(opener, &boxed, &run[0].0) {
                    run[0].0 = joined;
                    continue;
                }
            }
        }
        if cells.len() < 2 || run.first().is_some_and(|(first, _)| first.len() != cells.len()) {
            flush(&mut run, &mut paras);
        }
        if run.is_empty() && cells.len() >= 2 {
            run_opener = Some(boxed.to_string());
        }
        if cells.len() < 2 {
            paras.push((cells.into_iter().next().unwrap_or_default(), false, loc));
        } else {
            run.push((cells, loc));
        }
    }
    flush(&mut run, &mut paras);
    Ok(document(paras))
}

/// A line drawn with box-drawing characters ("│ Did you know? │   4. Expected benefits",
/// "└──────┘   case for ...") as the ASCII a table is typed with: verticals as `|`,
/// horizontals as `-`, corners and joints as `+`, so that a box beside the text is a column
/// and its frame a rule.
/// (Only beside text: a box alone, or the text inside one, "│ Pratinjau berakhir ... │", is
/// left as it is, a notice apart from the document's text.)
fn box_drawing(line: &str) -> std::borrow::Cow<'_, str> {
    let drawn = |c: char| ('\u{2500}'..='\u{257F}').contains(&c);
    let beside = line.rfind(drawn).is_some_and(|at| line[at..].chars().skip(1).any(char::is_alphanumeric));
    if !beside {
        return std::borrow::Cow::Borrowed(line);
    }
    let ascii = |c: char| match c {
        '│' | '┃' | '║' | '╎' | '╏' | '┆' | '┇' | '┊' | '┋' => '|',
        '─' | '━' | '═' | '╌' | '╍' | '┄' | '┅' | '┈' | '┉' => '-',
        '\u{2500}'..='\u{257F}' => '+',
        c => c,
    };
    std::borrow::Cow::Owned(line.chars().map(ascii).collect())
}

/// A page's header or footer: text, a gap, and the page's number last ("Hal. 2", "Pág. 4/6", "- 1 -",
/// "Page 3 of 5").
fn page_furniture(line: &str) -> bool {
    static NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\S\s{3,}(?:(?:page|p[áa]g\.?|p[áa]gina|hal\.?|halaman|seite|ms\.?)\s*[0-9]{1,3}(?:\s*(?:/|of|dari|von|de)\s*[0-9]{1,3})?|[-–]\s*[0-9]{1,3}\s*[-–])$",
        )
        .expect("valid regex")
    });
    NUMBER.is_match(line)
}

/// A table's rule: "---|---|---", "+-----+-----+", "|:--|--:|". (Not "--" alone: an
/// e-mail's signature delimiter.)
fn rule(line: &str) -> bool {
    line != "--" && line.contains(['-', '=']) && line.chars().all(|c| matches!(c, '-' | '=' | '|' | '+' | ':' | ' '))
}

/// The columns of a line: cells separated by a tab, by ` | ` or ` || `, or by a gap of
/// three or more spaces or two ideographic spaces (two columns laid out with spaces, as a
/// text export of a side-by-side draft).
fn columns(line: &str) -> Vec<String> {
    // (Or of ideographic spaces, as a page in Chinese or Japanese lays two columns out: two
    // of them, or three spaces of either kind.)
    static GAP: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"[ \u{3000}]{3,}|\u{3000}{2,}").expect("valid regex"));
    let cells: Vec<&str> = if line.contains('\t') {
        line.split('\t').collect()
    } else if line.contains(" || ") {
        // Two languages side by side with a double bar: "PARAGRAF 8 || PARAGRAPH 8".
        line.split(" || ").collect()
    } else if line.contains(" | ") {
        // (Every bar of such a line is a cell's edge, spaced or not: "not renewed)| 2021".)
        line.trim_matches('|').split('|').collect()
    } else {
        // Not the gaps between the words of a letter-spaced heading ("R E N C A N A   K E R J A").
        let cells: Vec<&str> = GAP.split(line).collect();
        if cells.iter().all(|c| c.split_whitespace().any(|w| w.chars().count() > 1)) {
            cells
        } else {
            vec![line]
        }
    };
    // A label and its value ("Paket Pekerjaan      : Pertukaran Guru ...") are one cell: not
    // two columns, whose labels would be read down the run apart from their values.
    let mut out: Vec<String> = Vec::new();
    for cell in cells.into_iter().map(|c| c.trim().trim_matches('|').trim()) {
        match out.last_mut() {
            Some(label) if cell.starts_with(':') => {
                label.push(' ');
                label.push_str(cell);
            }
            _ => out.push(cell.to_string()),
        }
    }
    out
}

/// The cells of a CSV row, without the empty ones that close it.
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells: Vec<String> = line.split(';').map(|c| c.trim().to_string()).collect();
    while cells.len() > 1 && cells.last().is_some_and(|c| c.is_empty()) {
        cells.pop();
    }
    cells
}

/// The columns at which the cells of a line laid out with spaces start.
fn cell_starts(line: &str) -> Vec<usize> {
    static CELL: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?:^[ \u{3000}]*|[ \u{3000}]{3,})([^ \u{3000}])").expect("valid regex"));
    CELL.captures_iter(line).filter_map(|c| c.get(1)).map(|m| line[..m.start()].chars().count()).collect()
}

/// The header `cells` of line `above` with the words of `line` joined on, when every word
/// group of `line` starts where a cell of `above` starts and continues it (a few words in
/// lower case): "Hasil yang" over "diharapkan" is "Hasil yang diharapkan".
fn wrapped_header(above: &str, line: &str, cells: &[String]) -> Option<Vec<String>> {
    if [above, line].iter().any(|l| l.contains('\t') || l.contains(" | ")) {
        return None;
    }
    let starts = cell_starts(above);
    if starts.len() != cells.len() {
        return None;
    }
    let parts: Vec<&str> = line.split("   ").map(str::trim).filter(|p| !p.is_empty()).collect();
    let at = cell_starts(line);
    if parts.is_empty() || parts.len() != at.len() {
        return None;
    }
    let mut out = cells.to_vec();
    for (part, col) in parts.iter().zip(at) {
        let continues = part.split_whitespace().count() <= 3 && part.starts_with(char::is_lowercase);
        let cell = starts.iter().position(|&s| s.abs_diff(col) <= 2)?;
        if !continues {
            return None;
        }
        out[cell] = format!("{} {part}", out[cell]);
    }
    Some(out)
}

/// Ends a run of column lines: one column after the other when the run has two lines or
/// more of the same width, else the cells in reading order.
fn flush(run: &mut Vec<(Vec<String>, Location)>, paras: &mut Vec<(String, bool, Location)>) {
    let width = run.first().map_or(0, |(cells, _)| cells.len());
    // (A box's frame beside a column's text, "+------+   case for ...", is no cell.)
    let cell = |c: &String| !rule(c);
    if run.len() >= 2 {
        // A table of three columns or more under a row of short cells: that row names the
        // columns, each a heading over its cells ("Expected result" / "plan adopted by 2
        // villages", not a sentence wrapped in lower case).
        let named = width >= 3 && run[0].0.iter().all(|c| !c.is_empty() && c.split_whitespace().count() <= 6);
        for column in 0..width {
            paras.extend(
                run.iter()
                    .enumerate()
                    .filter(|(_, (cells, _))| cell(&cells[column]))
                    .map(|(row, (cells, loc))| (cells[column].clone(), named && row == 0, *loc)),
            );
        }
    } else {
        paras.extend(run.iter().flat_map(|(cells, loc)| cells.iter().filter(|c| cell(c)).map(|c| (c.clone(), false, *loc))));
    }
    run.clear();
}

/// A line numbered twice, as a web page's ordered list gives an item that was numbered
/// already ("  4. 4. Why Liyang ...", a slide's number in the list of slides): once.
fn numbered_twice(line: &str) -> &str {
    let t = line.trim_start();
    let number = |s: &str| -> Option<usize> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0 && s[digits..].starts_with(". ")).then_some(digits)
    };
    match number(t) {
        Some(d) if t[d + 2..].starts_with(&t[..d + 2]) => &t[d + 2..],
        _ => line,
    }
}

/// A line's items split at its bullets: the text before the first (a slide's title), then
/// each bullet's item with its bullet.
fn bullets(line: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut from = 0;
    for (at, _) in line.match_indices(" • ") {
        let item = line[from..at].trim_end();
        if !item.trim_start().is_empty() {
            items.push(item);
        }
        // (The next item from its bullet.)
        from = at + 1;
    }
    items.push(&line[from..]);
    items
}

#[cfg(test)]
mod tests {
    use super::columns;

    #[test]
    fn a_label_and_its_value_are_one_cell_and_a_double_bar_splits_two_languages() {
        assert_eq!(columns("Paket Pekerjaan      : Pertukaran Guru dan Pelajar"), ["Paket Pekerjaan : Pertukaran Guru dan Pelajar"]);
        assert_eq!(columns("Nomor : 100.4/1987/2025                Kepada"), ["Nomor : 100.4/1987/2025", "Kepada"]);
        // (Two ideographic spaces part two columns; one is a space between words.)
        assert_eq!(columns("國立大學 校長\u{3000}\u{3000}印尼縣 縣長"), ["國立大學 校長", "印尼縣 縣長"]);
        assert_eq!(columns("發布日期：2025-05-12\u{3000}點閱次數：386"), ["發布日期：2025-05-12\u{3000}點閱次數：386"]);
        assert_eq!(columns("PARAGRAF 8 || PARAGRAPH 8"), ["PARAGRAF 8", "PARAGRAPH 8"]);
        assert_eq!(columns("Pasal 1   Ruang Lingkup"), ["Pasal 1", "Ruang Lingkup"]);
    }

    #[test]
    fn a_slides_transcript_is_read_a_title_and_an_item_a_line_at_its_lines_number() {
        let doc = super::read("Slides\n  4. 4. Why Liyang – Columbia’s Voice • Large population o 8,014 in Howard County • More careers\nThe parties met in May and agreed on the items listed in the annex, as below • one item\n".as_bytes()).unwrap();
        let texts: Vec<String> = doc.blocks.iter().map(|b| format!("{b:?}")).collect();
        assert!(texts[1].contains("\"4. Why Liyang – Columbia’s Voice\""), "{texts:?}");
        assert!(
            texts[2].contains("\"• Large population o 8,014 in Howard County\"") && texts[3].contains("\"• More careers\""),
            "{texts:?}"
        );
        assert_eq!(doc.locations[3].line, Some(2));
        // (One bullet after a sentence of more than ten words: no slide, one line.)
        assert_eq!(texts.len(), 5, "{texts:?}");
    }

    #[test]
    fn a_tables_page_run_into_one_line_is_cells_and_a_menu_one_paragraph() {
        let page = super::read("RENCANA AKSI\n\nNo | Kegiatan | Keluaran / Indikator / Target | Manfaat | 1 | Pelatihan budidaya padi hemat air | 60 penyuluh dan petani terlatih; 3 demplot | Hasil panen petani lahan kering meningkat\n".as_bytes()).unwrap();
        let texts: Vec<String> = page.blocks.iter().map(|b| format!("{b:?}")).collect();
        assert!(texts.iter().any(|t| t.contains("\"Manfaat\"")), "{texts:?}");
        let menu = super::read("Beranda | Peraturan Daerah | Peraturan Bupati | Kontak\n\nNOTA KESEPAHAMAN\n".as_bytes()).unwrap();
        assert!(format!("{:?}", menu.blocks[0]).contains("Beranda | Peraturan Daerah"), "{:?}", menu.blocks);
    }

    #[test]
    fn a_csv_spreadsheets_rows_are_cells_and_its_title_a_line() {
        let doc = super::read(
            b"RENCANA AKSI / ACTION PLAN;;;;\nNo;Kegiatan;Output;Waktu;Biaya\n1;Pelatihan;2 angkatan;Agu 2026;185.000.000\n2;Festival;1 festival;Okt 2026;250.000.000\n",
        )
        .unwrap();
        let texts: Vec<String> = doc.blocks.iter().map(|b| format!("{b:?}")).collect();
        assert!(texts[0].contains("\"RENCANA AKSI / ACTION PLAN\"") && !texts[0].contains(';'), "{texts:?}");
        assert!(texts.iter().skip(1).all(|t| !t.contains("No;Kegiatan")), "{texts:?}");
    }

    #[test]
    fn a_page_footer_ends_on_its_number() {
        assert!(super::page_furniture("Av. Mário Ypiranga, 3280 - Manaus/AM                                Pág. 4/6"));
        assert!(super::page_furniture("DRAF v.3 - Bagian Kerja Sama Setda Kab. Badung                     Hal. 1"));
        assert!(!super::page_furniture("Pasal 7                                           Article 7"));
        assert!(super::page_furniture("Draf RKS Tanah Datar – Kuala Pilah / rev.1 / 04-2025                          - 1 -"));
    }
}
