use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/upload")
        .body("")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
