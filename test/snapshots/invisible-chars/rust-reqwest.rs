use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/inv")
        .header("X-Tab", "a\tb")
        .header("Content-Type", "text/plain")
        .body("tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{1}\u{1F}\u{7F}del\u{85}nel")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
