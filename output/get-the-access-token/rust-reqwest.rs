use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();

    let response = client
        .post("{{authPath}}/{{envID}}/as/token")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}")
        .send()?;

    println!("{}", response.text()?);
    Ok(())
}
