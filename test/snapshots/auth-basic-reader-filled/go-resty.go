package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.SetBasicAuth("{{username}}", "{{password}}")

	resp, err := req.Execute("GET", "{{baseUrl}}/me")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
