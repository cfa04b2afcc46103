package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	req.SetBody("grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}")

	resp, err := req.Execute("POST", "{{authPath}}/{{envID}}/as/token")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
