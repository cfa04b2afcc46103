fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{authPath}}/{{envID}}/as/token")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send("grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
