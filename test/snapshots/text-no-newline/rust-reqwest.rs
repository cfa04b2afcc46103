use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/notes")
        .header("Content-Type", "text/plain")
        .body("price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
