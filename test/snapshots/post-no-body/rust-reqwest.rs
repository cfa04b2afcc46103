use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{baseUrl}}/jobs/42/run")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
