package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Accept", "application/json")

	resp, err := req.Execute("GET", "{{baseUrl}}/v1/users?limit=10&page=2")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
