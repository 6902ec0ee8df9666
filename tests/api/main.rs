//! Black-box tests of the real `sayso` binary over HTTP, one module per
//! part of the young person's journey.

mod actions;
mod admin;
mod alerts;
mod cli;
mod council;
mod easy_read;
mod email;
mod faults;
mod feedback;
mod fuzz;
mod hardening;
mod harm;
mod languages;
mod lifecycle;
mod limits;
mod offline;
mod ops;
mod pages;
mod privacy;
mod promises;
mod replies;
mod report;
mod scale;
mod staff;
mod surveys;
mod transactions;
