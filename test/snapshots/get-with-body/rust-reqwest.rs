use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/search")
        .header("Content-Type", "application/json")
        .body("{\"query\": {\"match_all\": {}}}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
