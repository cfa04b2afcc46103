package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")

	resp, err := req.Execute("GET", "{{baseUrl}}/me")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
