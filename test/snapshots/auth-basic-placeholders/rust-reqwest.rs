use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/pets")
        .header("Content-Type", "application/json")
        .basic_auth("{{basicAuthUsername}}", Some("{{basicAuthPassword}}"))
        .body("{\"name\": \"{{petName}}\", \"tag\": \"dog\"}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
