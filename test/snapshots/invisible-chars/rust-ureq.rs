fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/inv")
        .header("X-Tab", "a\tb")
        .header("Content-Type", "text/plain")
        .send("tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{1}\u{1F}\u{7F}del\u{85}nel")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
