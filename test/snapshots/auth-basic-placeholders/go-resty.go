package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/json")
	req.SetBasicAuth("{{basicAuthUsername}}", "{{basicAuthPassword}}")
	req.SetBody("{\"name\": \"{{petName}}\", \"tag\": \"dog\"}")

	resp, err := req.Execute("POST", "{{baseUrl}}/pets")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
