package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Origin", "https://app.example.com")
	req.Header.Add("Access-Control-Request-Method", "PUT")

	resp, err := req.Execute("OPTIONS", "{{baseUrl}}/cors")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
