use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .delete("{{baseUrl}}/items")
        .header("Content-Type", "application/json")
        .body("{\"ids\": [1, 2, 3]}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
