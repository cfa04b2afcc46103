use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .patch("{{baseUrl}}/settings")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("theme=dark%20mode&tag=a%26b&tag=c")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
