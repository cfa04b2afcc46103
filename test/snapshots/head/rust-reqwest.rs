use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .head("{{baseUrl}}/status")
        .header("X-Check", "yes")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
