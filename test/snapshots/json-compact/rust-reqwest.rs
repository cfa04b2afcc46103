use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .put("{{baseUrl}}/v1/config")
        .header("Content-Type", "application/json")
        .body("{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
