package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {

	url := "{{authPath}}/{{envID}}/as/token"
	method := "POST"

	payload := strings.NewReader("grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}")

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")

	res, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
}
