//! The one integration-test binary (STYLE.md habit 11). Modules by subject; a small
//! harness runs the real `naskah` binary in a temporary folder.

mod accuracy;
mod browser;
mod calendar;
mod check;
mod cli;
mod compare;
mod errors;
mod format;
mod golden;
mod harness;
mod hostile;
mod ocr;
mod packet;
mod pdf;
mod procedure;
mod review10;
mod review11;
mod review12;
mod review13;
mod review14;
mod review2;
mod review3;
mod review9;
mod serve;
mod structure;
