use reqwest::blocking::Client;
use reqwest::Method;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .request(Method::from_bytes(b"PURGE")?, "{{baseUrl}}/cache/key")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
