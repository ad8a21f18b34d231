//! A YAML tree with positions, built from granit-parser's events.
//!
//! serde gives up at the first problem; to report every problem of a file in one run the
//! validator walks this tree instead, and the domain rules use it to point at the value
//! they complain about.

use crate::diag::{Diagnostic, Pos};
use crate::limits::YAML_EXPANDED_BYTES;
use granit_parser::{Event, Parser, ScalarStyle};
use std::collections::HashMap;

/// Nesting of lists and mappings at most (an input nests about 5 deep).
const MAX_DEPTH: usize = 64;

/// Nodes in one file at most: a bound against alias bombs.
const MAX_NODES: usize = 200_000;

/// A YAML node and where it starts.
#[derive(Debug, Clone)]
pub struct Node {
    pub pos: Pos,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub enum Kind {
    /// A scalar; `plain` is false for quoted and block scalars, which are always strings.
    Scalar {
        value: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    /// Keys keep their own position, for "unknown key" messages.
    Map(Vec<(String, Pos, Node)>),
}

impl Node {
    /// The value at a path such as `["activities", "2", "scope"]`.
    pub fn at(&self, path: &[&str]) -> Option<&Node> {
        let Some((first, rest)) = path.split_first() else { return Some(self) };
        match &self.kind {
            Kind::Map(entries) => entries.iter().find(|(k, _, _)| k == first)?.2.at(rest),
            Kind::Seq(items) => items.get(first.parse::<usize>().ok()?)?.at(rest),
            Kind::Scalar { .. } => None,
        }
    }

    /// Position of the deepest node that exists along the path.
    pub fn pos_of(&self, path: &[&str]) -> Pos {
        let mut node = self;
        for step in path {
            match node.at(&[step]) {
                Some(n) => node = n,
                None => break,
            }
        }
        node.pos
    }

    /// Position of the key that names the node at `path` (`style:` rather than its first
    /// entry), or of the deepest node that exists along it.
    pub fn key_pos_of(&self, path: &[&str]) -> Pos {
        if let Some((last, parent)) = path.split_last() {
            if let Some(Kind::Map(entries)) = self.at(parent).map(|n| &n.kind) {
                if let Some((_, pos, _)) = entries.iter().find(|(k, _, _)| k == last) {
                    return *pos;
                }
            }
        }
        self.pos_of(path)
    }

    /// The path of the value a diagnostic at `pos` points at (`["activities", "2", "date"]`):
    /// the node or key that starts there, else the last one that starts before it. A form
    /// shows the diagnostic at that field.
    pub fn path_at(&self, pos: Pos) -> Vec<String> {
        fn walk(node: &Node, pos: Pos, path: &mut Vec<String>, best: &mut (Pos, Vec<String>)) {
            if node.pos <= pos && node.pos >= best.0 {
                *best = (node.pos, path.clone());
            }
            let mut visit = |key: String, key_pos: Option<Pos>, child: &Node| {
                path.push(key);
                // On a tie the mapping wins over its first key: "missing key" is about the mapping.
                if let Some(k) = key_pos.filter(|k| *k <= pos && *k > best.0) {
                    *best = (k, path.clone());
                }
                walk(child, pos, path, best);
                path.pop();
            };
            match &node.kind {
                Kind::Map(entries) => entries.iter().for_each(|(k, kp, child)| visit(k.clone(), Some(*kp), child)),
                Kind::Seq(items) => items.iter().enumerate().for_each(|(i, child)| visit(i.to_string(), None, child)),
                Kind::Scalar { .. } => {}
            }
        }
        let mut best = (Pos::default(), Vec::new());
        walk(self, pos, &mut Vec::new(), &mut best);
        best.1
    }

    /// A plain scalar that reads as null: empty, `~` or `null`.
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, Kind::Scalar { value, plain: true } if matches!(value.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }
}

/// A syntax error of the YAML reader in Indonesian: the usual ones in words, the others
/// with the reader's own (English) words quoted.
fn syntax_id(info: &str) -> String {
    const KNOWN: [(&str, &str); 9] = [
        ("mapping values are not allowed", "titik dua tidak boleh di sini: beri tanda kutip pada teks yang memuat `: `"),
        ("did not find expected key", "kunci yang diharapkan tidak ditemukan: indentasi baris ini tidak sejajar dengan kunci di atasnya"),
        ("did not find expected '-' indicator", "tanda `- ` yang diharapkan tidak ditemukan: butir daftar tidak sejajar"),
        ("found a tab", "ditemukan karakter tab: YAML memakai spasi untuk indentasi"),
        (
            "found character that cannot start any token",
            "ditemukan karakter yang tidak boleh mengawali nilai: beri tanda kutip pada teksnya",
        ),
        ("did not find expected node content", "nilai yang diharapkan tidak ditemukan"),
        ("found unknown anchor", "ditemukan alias ke jangkar (anchor) yang tidak dikenal"),
        ("unexpected EOF", "berkas berakhir sebelum daftar atau pemetaan ditutup"),
        ("expected ',' or ']'", "tanda `,` atau `]` yang diharapkan tidak ditemukan"),
    ];
    match KNOWN.iter().find(|(en, _)| info.contains(en)) {
        Some((_, id)) => (*id).to_string(),
        None => format!("susunan YAML tidak sah ({info})"),
    }
}

fn pos(m: &granit_parser::Marker) -> Pos {
    Pos { line: m.line(), col: m.col() + 1 }
}

/// Parses one YAML document into a tree.
pub fn parse(src: &str) -> Result<Node, Diagnostic> {
    let mut parser = Parser::new_from_str(src);
    let mut stack: Vec<(Node, usize)> = Vec::new();
    let mut anchors: HashMap<usize, Node> = HashMap::new();
    let mut root: Option<Node> = None;
    let mut count = 0usize;
    // Text after aliases are expanded: an alias of a long scalar repeated many times is
    // small in the file and enormous in memory.
    let mut bytes = 0u64;
    let mut pending_key: Vec<Option<(String, Pos)>> = Vec::new();

    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| {
            let info = e.info().to_string();
            Diagnostic::err(pos(e.marker()), &info, syntax_id(&info))
                .help("check the indentation and quoting around this place", "periksa indentasi dan tanda kutip di sekitar tempat ini")
        })?;
        let at = pos(&span.start);
        let (node, anchor) = match event {
            Event::Scalar(value, style, anchor, _) => {
                let plain = matches!(style, ScalarStyle::Plain);
                bytes += value.len() as u64;
                (Some(Node { pos: at, kind: Kind::Scalar { value: value.into_owned(), plain } }), anchor)
            }
            Event::Alias(id) => {
                let node = anchors.get(&id).cloned().ok_or_else(|| {
                    Diagnostic::err(at, "alias to an unknown anchor", "alias merujuk ke jangkar (anchor) yang tidak dikenal")
                })?;
                let (nodes, text) = size(&node);
                count += nodes;
                bytes += text;
                if bytes > YAML_EXPANDED_BYTES.limit {
                    return Err(Diagnostic::err(
                        at,
                        format!("the aliases expand the file {}", YAML_EXPANDED_BYTES.exceeded(None)),
                        format!("alias-alias menjabarkan berkas {}", crate::diag::exceeded_id(&YAML_EXPANDED_BYTES, None)),
                    )
                    .help(
                        "write the text where it is needed instead of repeating an alias",
                        "tulis teksnya di tempat yang memerlukannya alih-alih mengulang alias",
                    ));
                }
                (Some(Node { pos: at, ..node }), 0)
            }
            Event::SequenceStart(..) | Event::MappingStart(..) if stack.len() >= MAX_DEPTH => {
                return Err(Diagnostic::err(
                    at,
                    format!("the lists and mappings are nested more than {MAX_DEPTH} levels deep"),
                    format!("daftar dan pemetaan bersarang lebih dari {MAX_DEPTH} tingkat"),
                )
                .help(
                    "an input is nested a few levels deep; check the brackets and the indentation",
                    "berkas masukan hanya bersarang beberapa tingkat; periksa tanda kurung dan indentasinya",
                ));
            }
            Event::SequenceStart(_, anchor, _) => {
                stack.push((Node { pos: at, kind: Kind::Seq(Vec::new()) }, anchor));
                pending_key.push(None);
                continue;
            }
            Event::MappingStart(_, anchor, _) => {
                stack.push((Node { pos: at, kind: Kind::Map(Vec::new()) }, anchor));
                pending_key.push(None);
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                pending_key.pop();
                let (node, anchor) = stack.pop().expect("the parser balances start and end events");
                (Some(node), anchor)
            }
            Event::DocumentEnd => break,
            _ => (None, 0),
        };
        let Some(node) = node else { continue };
        count += 1;
        if count > MAX_NODES {
            return Err(Diagnostic::err(
                at,
                "the file is too large or expands too many aliases",
                "berkas terlalu besar atau menjabarkan terlalu banyak alias",
            )
            .help(format!("an input holds at most {MAX_NODES} values"), format!("berkas masukan memuat paling banyak {MAX_NODES} nilai")));
        }
        if anchor != 0 {
            anchors.insert(anchor, node.clone());
        }
        attach(&mut stack, &mut pending_key, node, &mut root)?;
    }
    Ok(root.unwrap_or(Node { pos: Pos { line: 1, col: 1 }, kind: Kind::Scalar { value: String::new(), plain: true } }))
}

/// Nodes and bytes of text in a node and all it holds (walked with a stack: a deep tree
/// cannot overflow it).
fn size(n: &Node) -> (usize, u64) {
    let (mut nodes, mut bytes) = (0usize, 0u64);
    let mut stack = vec![n];
    while let Some(n) = stack.pop() {
        nodes += 1;
        match &n.kind {
            Kind::Scalar { value, .. } => bytes += value.len() as u64,
            Kind::Seq(items) => stack.extend(items),
            Kind::Map(entries) => stack.extend(entries.iter().map(|(_, _, v)| v)),
        }
    }
    (nodes, bytes)
}

fn attach(
    stack: &mut [(Node, usize)],
    pending_key: &mut [Option<(String, Pos)>],
    node: Node,
    root: &mut Option<Node>,
) -> Result<(), Diagnostic> {
    let Some((parent, _)) = stack.last_mut() else {
        *root = Some(node);
        return Ok(());
    };
    let key_slot = pending_key.last_mut().expect("one pending key per open collection");
    match &mut parent.kind {
        Kind::Seq(items) => items.push(node),
        Kind::Map(entries) => match key_slot.take() {
            None => {
                let Kind::Scalar { value, .. } = node.kind else {
                    return Err(Diagnostic::err(node.pos, "a key must be a plain name", "kunci harus berupa nama biasa")
                        .help("write `name: value`", "tulis `nama: nilai`"));
                };
                if entries.iter().any(|(k, _, _)| *k == value) {
                    return Err(Diagnostic::err(node.pos, format!("duplicate key `{value}`"), format!("kunci `{value}` ditulis dua kali"))
                        .help(
                            "each key may appear once in a mapping; remove or rename one of them",
                            "setiap kunci hanya boleh muncul sekali dalam satu pemetaan; hapus atau ganti nama salah satunya",
                        ));
                }
                *key_slot = Some((value, node.pos));
            }
            Some((key, key_pos)) => entries.push((key, key_pos, node)),
        },
        Kind::Scalar { .. } => unreachable!("scalars are never pushed on the stack"),
    }
    Ok(())
}
