use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/reports")
        .header("X-API-Key", "k3y$#{x}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
