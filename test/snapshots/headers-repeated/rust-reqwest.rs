use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .get("{{baseUrl}}/tags")
        .header("X-Tag", "alpha")
        .header("Accept", "text/plain")
        .header("X-Tag", "beta")
        .header("X-Tag", "gamma")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
